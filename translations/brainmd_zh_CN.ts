<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnnotationsCommand</name>
    <message>
        <source>Export the readers&apos; marks and answers (&apos;annotations export&apos;) or their agreement (&apos;annotations agreement&apos;).</source>
        <translation>导出阅片者的标记和回答（&apos;annotations export&apos;）或其一致性（&apos;annotations agreement&apos;）。</translation>
    </message>
    <message>
        <source>export or agreement.</source>
        <translation>export 或 agreement。</translation>
    </message>
    <message>
        <source>File to write (agreement: .csv, or .html for a page).</source>
        <translation>要写入的文件（agreement：.csv，或 .html 生成网页）。</translation>
    </message>
    <message>
        <source>With export: csv (default) or json.</source>
        <translation>用于 export：csv（默认）或 json。</translation>
    </message>
    <message>
        <source>brainmd annotations: say what to write: &apos;brainmd annotations export ...&apos; or &apos;brainmd annotations agreement ...&apos;
</source>
        <translation>brainmd annotations：请说明要写入的内容：&apos;brainmd annotations export ...&apos; 或 &apos;brainmd annotations agreement ...&apos;
</translation>
    </message>
    <message>
        <source>brainmd annotations export: --format is csv or json, not &apos;%1&apos;
</source>
        <translation>brainmd annotations export：--format 应为 csv 或 json，而不是 &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>brainmd annotations %1: --out FILE is required
</source>
        <translation>brainmd annotations %1：必须提供 --out FILE
</translation>
    </message>
    <message>
        <source>brainmd annotations %1: %2
</source>
        <translation>brainmd annotations %1：%2
</translation>
    </message>
    <message>
        <source>Written to %1
</source>
        <translation>已写入 %1
</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>BrainBench: run models on slices, list runs, write reports.</source>
        <translation>BrainBench：在切片上运行模型、列出运行记录、生成报告。</translation>
    </message>
    <message>
        <source>Usage: brainmd bench &lt;run|list|report&gt; [options]

  run     Run or resume a benchmark (--db FILE --config RUN.json, or flags)
  list    List the runs of a database
  report  Write HTML / CSV / JSON with PNG and SVG plots (--run ID --out DIR);
          with several runs (--run A --run B, or --runs A,B) a leaderboard

&apos;brainmd bench &lt;sub-command&gt; --help&apos; lists the options.
</source>
        <translation>用法：brainmd bench &lt;run|list|report&gt; [选项]

  run     运行或继续一个基准测试（--db FILE --config RUN.json，或参数）
  list    列出数据库中的运行
  report  写出带 PNG 和 SVG 图的 HTML / CSV / JSON（--run ID --out DIR）；
          给出多个运行（--run A --run B，或 --runs A,B）时生成排行榜

&apos;brainmd bench &lt;子命令&gt; --help&apos; 列出选项。
</translation>
    </message>
</context>
<context>
    <name>CasesCommand</name>
    <message>
        <source>List the cases of a database.</source>
        <translation>列出数据库中的病例。</translation>
    </message>
    <message>
        <source>case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>voxels</source>
        <translation>体素</translation>
    </message>
    <message>
        <source>spacing mm</source>
        <translation>间距 mm</translation>
    </message>
    <message>
        <source>orient</source>
        <translation>方位</translation>
    </message>
    <message>
        <source>docs</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>  (%n warning(s))</source>
        <translation>
            <numerusform>  （%n 条警告）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)
</source>
        <translation>
            <numerusform>%n 个病例
</numerusform>
        </translation>
    </message>
    <message>
        <source>Only cases whose key, accession or description contains TEXT.</source>
        <translation>仅显示键、检查号或描述中包含 TEXT 的病例。</translation>
    </message>
    <message>
        <source>Only cases with this status (%1).</source>
        <translation>仅显示此状态的病例（%1）。</translation>
    </message>
    <message>
        <source>brainmd cases: unknown status &apos;%1&apos; (known: %2)
</source>
        <translation>brainmd cases：未知状态“%1”（已知：%2）
</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Score per condition (95% interval whiskers for accuracy)</source>
        <translation>各条件得分（须线为准确率的 95% 区间）</translation>
    </message>
    <message>
        <source>zero-shot</source>
        <translation>零样本</translation>
    </message>
    <message>
        <source>%1-shot</source>
        <translation>%1 样本</translation>
    </message>
    <message>
        <source>Slice source (%1)</source>
        <translation>切片来源（%1）</translation>
    </message>
    <message>
        <source>Slice source / views</source>
        <translation>切片来源 / 视图</translation>
    </message>
    <message>
        <source>Per-question breakdown</source>
        <translation>按问题细分</translation>
    </message>
    <message>
        <source>Per-question breakdown (%1, %2-shot)</source>
        <translation>按问题细分（%1，%2 样本）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>ROC: %1</source>
        <translation>ROC：%1</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <source>True-positive rate</source>
        <translation>真阳性率</translation>
    </message>
    <message>
        <source>chance</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>%1 (AUROC %2)</source>
        <translation>%1（AUROC %2）</translation>
    </message>
    <message>
        <source>ROC: %1 — no probabilities in this run</source>
        <translation>ROC：%1 — 本次运行没有概率值</translation>
    </message>
    <message>
        <source>Calibration: %1</source>
        <translation>校准：%1</translation>
    </message>
    <message>
        <source>Mean predicted probability</source>
        <translation>平均预测概率</translation>
    </message>
    <message>
        <source>Observed positive rate</source>
        <translation>观察到的阳性率</translation>
    </message>
    <message>
        <source>perfect calibration</source>
        <translation>完美校准</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>该图像</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无回答</translation>
    </message>
    <message>
        <source>truth: %1</source>
        <translation>真值：%1</translation>
    </message>
    <message>
        <source>%1 of %2 with this label (%3 %)</source>
        <translation>该标签的 %2 例中有 %1 例（%3 %）</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>平衡准确率</translation>
    </message>
    <message>
        <source>Macro F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohen&apos;s kappa 系数</translation>
    </message>
    <message>
        <source>AUROC</source>
        <translation>AUROC</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>更高</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>更低</translation>
    </message>
    <message>
        <source>the difference is statistically significant at the 5% level</source>
        <translation>该差异在 5% 水平上具有统计学显著性</translation>
    </message>
    <message>
        <source>the difference is not statistically significant at the 5% level</source>
        <translation>该差异在 5% 水平上不具有统计学显著性</translation>
    </message>
    <message>
        <source>%1 (%2-shot): Vote-MI slices scored %3 percentage points %4 than random slices (95% interval %5 to %6 points, %7 paired items); McNemar p = %8, so %9.</source>
        <translation>%1（%2 样本）：Vote-MI 切片的得分比随机切片%4 %3 个百分点（95% 区间 %5 至 %6 个百分点，%7 个配对条目）；McNemar 检验 p = %8，因此%9。</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>Back up a case database, or check its integrity (db backup|check).</source>
        <translation>备份病例数据库或检查其完整性（db backup|check）。</translation>
    </message>
    <message>
        <source>Usage: brainmd db &lt;backup|check&gt; [options]

  backup  Write a consistent copy (--db FILE --out FILE [--force])
  check   Check integrity, foreign keys and schema (--db FILE)

&apos;brainmd db &lt;sub-command&gt; --help&apos; lists the options.
</source>
        <translation>用法：brainmd db &lt;backup|check&gt; [选项]

  backup  写入一致的副本（--db 文件 --out 文件 [--force]）
  check   检查完整性、外键和模式（--db 文件）

&apos;brainmd db &lt;子命令&gt; --help&apos; 列出各项选项。
</translation>
    </message>
    <message>
        <source>The backup file to write (a SQLite database).</source>
        <translation>要写入的备份文件（SQLite 数据库）。</translation>
    </message>
    <message>
        <source>Replace the --out file when it exists.</source>
        <translation>若 --out 文件已存在则替换它。</translation>
    </message>
    <message>
        <source>brainmd db backup: --out FILE is required
</source>
        <translation>brainmd db backup：必须指定 --out 文件
</translation>
    </message>
    <message>
        <source>brainmd db backup: %1 exists; add --force to replace it
</source>
        <translation>brainmd db backup：%1 已存在；添加 --force 以替换
</translation>
    </message>
    <message>
        <source>brainmd db backup: %1
</source>
        <translation>brainmd db backup：%1
</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes, integrity_check ok).
</source>
        <translation>已将 %1 备份到 %2（%3 字节，integrity_check 正常）。
</translation>
    </message>
    <message>
        <source>brainmd db check: cannot examine %1: %2
</source>
        <translation>brainmd db check：无法检查 %1：%2
</translation>
    </message>
    <message>
        <source>Database: %1
</source>
        <translation>数据库：%1
</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program knows up to %2)
</source>
        <translation>模式版本：%1（本程序最高支持 %2）
</translation>
    </message>
    <message>
        <source>: ok
</source>
        <translation>：正常
</translation>
    </message>
    <message numerus="yes">
        <source>: %n problem(s)
</source>
        <translation>
            <numerusform>：%n 个问题
</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>  Tables affected (with their indexes): %1
</source>
        <translation>  受影响的表（含其索引）：%1
</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Cached volumes</source>
        <translation>缓存的体数据</translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation>注意：%1
</translation>
    </message>
    <message>
        <source>Result: clean.
</source>
        <translation>结果：无问题。
</translation>
    </message>
    <message>
        <source>Result: problems found. Copy the file (and its -wal) aside, with BrainMD closed, before any repair.
</source>
        <translation>结果：发现问题。在任何修复之前，请先关闭 BrainMD，将该文件（及其 -wal 文件）另行复制保存。
</translation>
    </message>
</context>
<context>
    <name>DeidentifyCommand</name>
    <message>
        <source>Write a de-identified copy of DICOM files (PS3.15 Basic Profile) and a private pseudonym map.</source>
        <translation>写出 DICOM 文件的去标识化副本（PS3.15 基本配置）和一份私有的假名映射表。</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>refused: %1: %2
</source>
        <translation>拒绝：%1：%2
</translation>
    </message>
    <message>
        <source>problem: %1: %2
</source>
        <translation>问题：%1：%2
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>注意：%1
</translation>
    </message>
    <message>
        <source>De-identified %1 of %2 file(s) of %3 patient(s), %4 UID(s) replaced, in %5 s (%6 files/s); %7 refused, %8 failed, %9 skipped (not DICOM).
</source>
        <translation>已去标识化 %2 个文件中的 %1 个（%3 位患者），替换 %4 个 UID，用时 %5 秒（%6 个文件/秒）；拒绝 %7 个，失败 %8 个，跳过 %9 个（非 DICOM）。
</translation>
    </message>
    <message>
        <source>The map back to the patients is in %1: keep it apart from the release.
</source>
        <translation>通往患者的映射表位于 %1：请与发布数据分开保存。
</translation>
    </message>
    <message>
        <source>Cancelled: the files above were written, the rest were not.
</source>
        <translation>已取消：上述文件已写出，其余文件未写出。
</translation>
    </message>
    <message>
        <source>Folder of DICOM files (recursive).</source>
        <translation>DICOM 文件所在文件夹（递归）。</translation>
    </message>
    <message>
        <source>Output folder for the de-identified copies.</source>
        <translation>去标识化副本的输出文件夹。</translation>
    </message>
    <message>
        <source>Private map file (original and pseudonym ids, names, UIDs), written 0600; must lie outside --out.</source>
        <translation>私有映射文件（原始与假名 ID、姓名、UID），以 0600 权限写入；必须位于 --out 之外。</translation>
    </message>
    <message>
        <source>Secret key file (16 bytes or more): the same key gives the same pseudonyms, UIDs and date offsets in every run.</source>
        <translation>密钥文件（16 字节或以上）：同一密钥在每次运行中得到相同的假名、UID 和日期偏移。</translation>
    </message>
    <message>
        <source>Clean Descriptors option: keep descriptions and protocol names that hold no identifier of the header (default: remove them).</source>
        <translation>“清理描述符”选项：保留不含文件头中任何标识符的描述和协议名称（默认：删除）。</translation>
    </message>
    <message>
        <source>brainmd deidentify: --%1 is required
</source>
        <translation>brainmd deidentify：必须指定 --%1
</translation>
    </message>
    <message>
        <source>brainmd deidentify: %1
</source>
        <translation>brainmd deidentify：%1
</translation>
    </message>
    <message>
        <source>warning: other users can read the key file %1; anyone with it can recompute the pseudonyms (chmod 600)
</source>
        <translation>警告：其他用户可以读取密钥文件 %1；持有它的人可以重新计算假名（chmod 600）
</translation>
    </message>
    <message>
        <source>deidentify</source>
        <translation>去标识化</translation>
    </message>
    <message>
        <source>files</source>
        <translation>个文件</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The workstation is opening on %1.
</source>
        <translation>工作站正在打开 %1。
</translation>
    </message>
    <message>
        <source>Open the cases in the workstation:
  %1 --db %2
</source>
        <translation>在工作站中打开这些病例：
  %1 --db %2
</translation>
    </message>
    <message>
        <source>Run the main job on phantom data: generate, import, select slices, run the BrainBench baselines, write the report, open the workstation.</source>
        <translation>在体模数据上运行主流程：生成、导入、选择切片、运行 BrainBench 基线、生成报告、打开工作站。</translation>
    </message>
    <message>
        <source>Working folder (default ./demo).</source>
        <translation>工作目录（默认 ./demo）。</translation>
    </message>
    <message>
        <source>Phantom cases (default 80).</source>
        <translation>体模病例数（默认 80）。</translation>
    </message>
    <message>
        <source>Seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>brainmd demo: --cases must be a positive whole number
</source>
        <translation>brainmd demo：--cases 必须是正整数
</translation>
    </message>
    <message>
        <source>1. Phantom BrainMD</source>
        <translation>1. BrainMD 体模</translation>
    </message>
    <message>
        <source>Using the phantom data already in %1 (delete the folder to regenerate).
</source>
        <translation>使用 %1 中已有的体模数据（删除该目录即可重新生成）。
</translation>
    </message>
    <message>
        <source>2. Case database</source>
        <translation>2. 病例数据库</translation>
    </message>
    <message>
        <source>brainmd demo: %1
</source>
        <translation>brainmd demo：%1
</translation>
    </message>
    <message>
        <source>Database: %1 (schema version %2)
</source>
        <translation>数据库：%1（模式版本 %2）
</translation>
    </message>
    <message>
        <source>3. Import</source>
        <translation>3. 导入</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>4. Cases</source>
        <translation>4. 病例</translation>
    </message>
    <message>
        <source>5. Slice selection</source>
        <translation>5. 切片选择</translation>
    </message>
    <message>
        <source>6. BrainBench (built-in baselines, phantom truth)</source>
        <translation>6. BrainBench（内置基线，体模真值）</translation>
    </message>
    <message>
        <source>
BrainBench report: %1
</source>
        <translation>
BrainBench 报告：%1
</translation>
    </message>
    <message>
        <source>
Next: brainmd cases --db %1 --json
</source>
        <translation>
下一步：brainmd cases --db %1 --json
</translation>
    </message>
    <message>
        <source>7. Workstation</source>
        <translation>7. 工作站</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Lesions: %1 in %2 cases (%3 with more than one)
</source>
        <translation>病灶：%2 个病例中共 %1 个（%3 个病例有多个病灶）
</translation>
    </message>
    <message>
        <source>|reference slice - centre slice| per view, mean (SD):
</source>
        <translation>每个视图的 |参考切片 - 中间切片|，均值（标准差）：
</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <source>  %1: %2 mm (%3 mm)
</source>
        <translation>  %1：%2 mm（%3 mm）
</translation>
    </message>
    <message>
        <source>Largest lesion per lobe: %1
</source>
        <translation>各脑叶的最大病灶数：%1
</translation>
    </message>
    <message>
        <source>Largest lesion per side: %1
</source>
        <translation>各侧的最大病灶数：%1
</translation>
    </message>
    <message>
        <source>Lesion positions written to %1
</source>
        <translation>病灶位置已写入 %1
</translation>
    </message>
    <message>
        <source>Write a phantom BrainMD dataset (synthetic, from Colin27 and AAL).</source>
        <translation>生成 BrainMD 体模数据集（合成数据，基于 Colin27 和 AAL）。</translation>
    </message>
    <message>
        <source>phantom</source>
        <translation>体模</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>brainmd demo-data: cancelled; the cases written so far are in %1
</source>
        <translation>brainmd demo-data：已取消；已写入的病例位于 %1
</translation>
    </message>
    <message>
        <source>brainmd demo-data: %1
</source>
        <translation>brainmd demo-data：%1
</translation>
    </message>
    <message>
        <source>Wrote %1 phantom cases (%2 with a tumour) at %3 mm to %4
</source>
        <translation>已将 %1 个体模病例（%2 个含肿瘤，%3 mm）写入 %4
</translation>
    </message>
    <message>
        <source>Number of cases (default 20).</source>
        <translation>病例数（默认 20）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Voxel size in mm: 1 or 2 (default 2).</source>
        <translation>体素大小（mm）：1 或 2（默认 2）。</translation>
    </message>
    <message>
        <source>Share of cases with a tumour, 0..1 (default 0.6).</source>
        <translation>含肿瘤病例的比例，0..1（默认 0.6）。</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>输出目录。</translation>
    </message>
    <message>
        <source>Also write each case as NIfTI.</source>
        <translation>同时将每个病例写为 NIfTI。</translation>
    </message>
    <message>
        <source>brainmd demo-data: --cases must be a whole number from 1 to 100000
</source>
        <translation>brainmd demo-data：--cases 必须是 1 到 100000 之间的整数
</translation>
    </message>
    <message>
        <source>brainmd demo-data: --seed must be a whole number and --resolution 1 or 2
</source>
        <translation>brainmd demo-data：--seed 必须是整数，--resolution 必须为 1 或 2
</translation>
    </message>
    <message>
        <source>brainmd demo-data: --lesion-share must be between 0 and 1
</source>
        <translation>brainmd demo-data：--lesion-share 必须介于 0 和 1 之间
</translation>
    </message>
    <message>
        <source>brainmd demo-data: --out DIR is required
</source>
        <translation>brainmd demo-data：必须指定 --out 目录
</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a case&apos;s volume as NIfTI (&apos;export volume&apos;), its lesion mask from a DICOM SEG as a NIfTI label map (&apos;export mask&apos;), a slice as PNG (&apos;export slice&apos;) or representative slices as NIfTI and DICOM key objects (&apos;export slices&apos;).</source>
        <translation>将病例的体积导出为 NIfTI（&apos;export volume&apos;），将其来自 DICOM SEG 的病灶掩膜导出为 NIfTI 标签图（&apos;export mask&apos;），将一个切片导出为 PNG（&apos;export slice&apos;），或将代表性切片导出为 NIfTI 和 DICOM 关键对象（&apos;export slices&apos;）。</translation>
    </message>
    <message>
        <source>Case key (or numeric case id).</source>
        <translation>病例键（或数字病例 ID）。</translation>
    </message>
    <message>
        <source>Output file (.nii / .nii.gz for volume, .png for slice).</source>
        <translation>输出文件（容积为 .nii / .nii.gz，切片为 .png）。</translation>
    </message>
    <message>
        <source>volume: reorder the voxels to the closest RAS axes (no interpolation).</source>
        <translation>volume：将体素重排到最接近的 RAS 轴（不插值）。</translation>
    </message>
    <message>
        <source>slice: axial, coronal or sagittal.</source>
        <translation>slice：axial、coronal 或 sagittal（轴位、冠状位或矢状位）。</translation>
    </message>
    <message>
        <source>slice: index along the view&apos;s axis (default: the middle).</source>
        <translation>slice：沿该视图轴向的索引（默认：中间层）。</translation>
    </message>
    <message>
        <source>slice: take the index from this reference-slice source.</source>
        <translation>slice：从此参考切片来源获取索引。</translation>
    </message>
    <message>
        <source>What to export: volume, mask or slice.</source>
        <translation>导出内容：volume、mask 或 slice。</translation>
    </message>
    <message>
        <source>brainmd export: say what to export: &apos;brainmd export volume ...&apos;, &apos;brainmd export mask ...&apos; or &apos;brainmd export slice ...&apos;
</source>
        <translation>brainmd export：请说明要导出什么：&apos;brainmd export volume ...&apos;、&apos;brainmd export mask ...&apos; 或 &apos;brainmd export slice ...&apos;
</translation>
    </message>
    <message>
        <source>brainmd export %1: --case ID and --out FILE are required
</source>
        <translation>brainmd export %1：必须指定 --case ID 和 --out 文件
</translation>
    </message>
    <message>
        <source>brainmd export: no case &apos;%1&apos; in %2
</source>
        <translation>brainmd export：%2 中没有病例“%1”
</translation>
    </message>
    <message>
        <source>brainmd export mask: --out must end in .nii or .nii.gz
</source>
        <translation>brainmd export mask：--out 必须以 .nii 或 .nii.gz 结尾
</translation>
    </message>
    <message>
        <source>brainmd export mask: case %1 has no lesion mask (import a DICOM SEG that references its series)
</source>
        <translation>brainmd export mask：病例 %1 没有病灶掩膜（请导入引用其序列的 DICOM SEG）
</translation>
    </message>
    <message>
        <source>brainmd export mask: %1
</source>
        <translation>brainmd export mask：%1
</translation>
    </message>
    <message>
        <source>brainmd export: cannot make %1 private to you
</source>
        <translation>brainmd export：无法将 %1 设为仅您本人可访问
</translation>
    </message>
    <message>
        <source>Wrote %1 (label map of DICOM SEG %2; voxel value = segment number).
</source>
        <translation>已写入 %1（DICOM SEG %2 的标签图；体素值 = 分段编号）。
</translation>
    </message>
    <message>
        <source>brainmd export volume: --out must end in .nii or .nii.gz
</source>
        <translation>brainmd export volume：--out 必须以 .nii 或 .nii.gz 结尾
</translation>
    </message>
    <message>
        <source>brainmd export volume: %1
</source>
        <translation>brainmd export volume：%1
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2x%3x%4 voxels).
</source>
        <translation>已写入 %1（%2x%3x%4 体素）。
</translation>
    </message>
    <message>
        <source>brainmd export slice: --view must be axial, coronal or sagittal
</source>
        <translation>brainmd export slice：--view 必须为 axial、coronal 或 sagittal
</translation>
    </message>
    <message>
        <source>brainmd export slice: %1
</source>
        <translation>brainmd export slice：%1
</translation>
    </message>
    <message>
        <source>brainmd export slice: --index must be from 0 to %1
</source>
        <translation>brainmd export slice：--index 必须介于 0 到 %1 之间
</translation>
    </message>
    <message>
        <source>brainmd export slice: case %1 has no %2 reference slice from &apos;%3&apos;
</source>
        <translation>brainmd export slice：病例 %1 没有来自“%3”的 %2 参考切片
</translation>
    </message>
    <message>
        <source>brainmd export slice: cannot write %1: %2
</source>
        <translation>brainmd export slice：无法写入 %1：%2
</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 slice %3 of case %4).
</source>
        <translation>已写入 %1（病例 %4 的 %2 切片 %3）。
</translation>
    </message>
</context>
<context>
    <name>ExportSlicesCommand</name>
    <message>
        <source>Export representative slices as 2D NIfTI (BrainMD-select) and DICOM key objects (&quot;Best In Set&quot;).</source>
        <translation>将代表性切片导出为二维 NIfTI（BrainMD-select）和 DICOM 关键对象（&quot;Best In Set&quot;）。</translation>
    </message>
    <message>
        <source>Whose slices: reader:NAME, consensus or method:NAME (votemi, random, centre).</source>
        <translation>谁的切片：reader:NAME、consensus 或 method:NAME（votemi、random、centre）。</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>输出目录。</translation>
    </message>
    <message>
        <source>Comma-separated case ids or keys (default: all).</source>
        <translation>病例 ID 或键，以逗号分隔（默认：全部）。</translation>
    </message>
    <message>
        <source>nifti, kos or nifti,kos (default).</source>
        <translation>nifti、kos 或 nifti,kos（默认）。</translation>
    </message>
    <message>
        <source>brainmd export slices: %1
</source>
        <translation>brainmd export slices：%1
</translation>
    </message>
    <message>
        <source>--out DIR is required</source>
        <translation>必须指定 --out 目录</translation>
    </message>
    <message>
        <source>--format must name nifti, kos or both</source>
        <translation>--format 必须为 nifti、kos 或两者</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>注意：%1
</translation>
    </message>
    <message>
        <source>Exported the slices of %1 case(s) from %2: %3 file(s) in %4%5.
</source>
        <translation>已从 %2 导出 %1 个病例的切片：%4 中共 %3 个文件%5。
</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import DICOM folders, DICOMDIR or files, with reports, labels and reference slices.</source>
        <translation>导入 DICOM 目录、DICOMDIR 或文件，以及报告、标签和参考切片。</translation>
    </message>
    <message>
        <source>warning: series %1 (%2): %3
</source>
        <translation>警告：序列 %1（%2）：%3
</translation>
    </message>
    <message>
        <source>problem: %1: %2
</source>
        <translation>问题：%1：%2
</translation>
    </message>
    <message>
        <source>unmatched: %1 row %2: %3
</source>
        <translation>未匹配：%1 第 %2 行：%3
</translation>
    </message>
    <message>
        <source>Reports / EHR / demographics file (CSV or JSON); repeatable.</source>
        <translation>报告 / 电子病历 / 人口统计学文件（CSV 或 JSON）；可重复指定。</translation>
    </message>
    <message>
        <source>Label file (CSV or JSON); repeatable.</source>
        <translation>标签文件（CSV 或 JSON）；可重复指定。</translation>
    </message>
    <message>
        <source>Reference-slice file (CSV or JSON); repeatable.</source>
        <translation>参考切片文件（CSV 或 JSON）；可重复指定。</translation>
    </message>
    <message>
        <source>Folders, DICOMDIR files or DICOM files.</source>
        <translation>目录、DICOMDIR 文件或 DICOM 文件。</translation>
    </message>
    <message>
        <source>brainmd import: nothing to import; give at least one PATH
</source>
        <translation>brainmd import：没有可导入的内容；请至少指定一个路径
</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a case database (or upgrade an older one).</source>
        <translation>创建病例数据库（或升级旧版数据库）。</translation>
    </message>
    <message>
        <source>brainmd init: %1
</source>
        <translation>brainmd init：%1
</translation>
    </message>
    <message>
        <source>Opened %1 (schema version %2).
</source>
        <translation>已打开 %1（模式版本 %2）。
</translation>
    </message>
    <message>
        <source>Created %1 (schema version %2).
</source>
        <translation>已创建 %1（模式版本 %2）。
</translation>
    </message>
    <message>
        <source>Upgraded; the previous file is kept as %1.
</source>
        <translation>已升级；原文件保留为 %1。
</translation>
    </message>
</context>
<context>
    <name>OpenGLProbe</name>
    <message>
        <source>no OpenGL context on the platform &apos;%1&apos;</source>
        <translation>平台“%1”上没有 OpenGL 上下文</translation>
    </message>
    <message>
        <source>an OpenGL context that cannot be used on the platform &apos;%1&apos;</source>
        <translation>平台“%1”上的 OpenGL 上下文无法使用</translation>
    </message>
    <message>
        <source>EGL without GLX, renderer %1</source>
        <translation>只有 EGL、没有 GLX，渲染器 %1</translation>
    </message>
    <message>
        <source>OpenGL ES %1 only, renderer %2</source>
        <translation>只有 OpenGL ES %1，渲染器 %2</translation>
    </message>
    <message>
        <source>OpenGL %1 only, renderer %2</source>
        <translation>只有 OpenGL %1，渲染器 %2</translation>
    </message>
    <message>
        <source>OpenGL %1 is not available (found: %2); install Mesa (libgl1-mesa-dri), use an X server with GLX, or run the brainmd command-line tool instead.</source>
        <translation>OpenGL %1 不可用（找到的是：%2）；请安装 Mesa（libgl1-mesa-dri）、使用支持 GLX 的 X 服务器，或改用 brainmd 命令行工具。</translation>
    </message>
    <message>
        <source>BrainMD Workstation</source>
        <translation>BrainMD 工作站</translation>
    </message>
    <message>
        <source>BrainMD Workstation cannot start: its image views need OpenGL %1, which is not available here (found: %2).</source>
        <translation>BrainMD 工作站无法启动：其图像视图需要 OpenGL %1，但此处不可用（找到的是：%2）。</translation>
    </message>
    <message>
        <source>Install the Mesa OpenGL drivers (on Debian: sudo apt-get install libgl1-mesa-dri libglx-mesa0), or start the workstation on an X server with GLX (for Xvfb, without &quot;-extension GLX&quot;). Without a display, the brainmd command-line tool runs the same import, slice selection and BrainBench jobs.</source>
        <translation>请安装 Mesa OpenGL 驱动（Debian：sudo apt-get install libgl1-mesa-dri libglx-mesa0），或在支持 GLX 的 X 服务器上启动工作站（Xvfb 请不要加 &quot;-extension GLX&quot;）。没有显示器时，brainmd 命令行工具可运行相同的导入、切片选择和 BrainBench 任务。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <source>Axial</source>
        <translation>轴位</translation>
    </message>
</context>
<context>
    <name>SelectCommand</name>
    <message>
        <source>Choose a representative slice per view (Vote-MI or a baseline).</source>
        <translation>为每个视图选择一张代表性切片（Vote-MI 或基线方法）。</translation>
    </message>
    <message>
        <source>--debug-dir needs --case ID and --method votemi</source>
        <translation>--debug-dir 需要 --case ID 和 --method votemi</translation>
    </message>
    <message>
        <source>give either --case or --cases</source>
        <translation>请指定 --case 或 --cases 之一</translation>
    </message>
    <message>
        <source>brainmd select: %1
</source>
        <translation>brainmd select：%1
</translation>
    </message>
    <message>
        <source>select</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Debug data written to %1
</source>
        <translation>调试数据已写入 %1
</translation>
    </message>
    <message>
        <source>%1: VAE</source>
        <translation>%1：VAE</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>no case &apos;%1&apos; in the database</source>
        <translation>数据库中没有病例“%1”</translation>
    </message>
    <message>
        <source>case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>%1 stored, %2 revised, %3 identical, %4 skipped, %5 failed, %6 cancelled; %7 case(s) computed in %8 s with %9 thread(s): %10 cases/s
</source>
        <translation>%1 个已保存，%2 个已修订，%3 个相同，%4 个已跳过，%5 个失败，%6 个已取消；%7 个病例在 %8 秒内用 %9 个线程计算完成：每秒 %10 个病例
</translation>
    </message>
    <message>
        <source>Cancelled: the cases listed as stored are kept; run the command again to go on.
</source>
        <translation>已取消：列为已保存的病例会保留；再次运行该命令即可继续。
</translation>
    </message>
</context>
<context>
    <name>SelectExamplesCommand</name>
    <message>
        <source>Choose the few-shot example pool (vote-k or random) and store it.</source>
        <translation>选择少样本示例池（vote-k 或随机）并保存。</translation>
    </message>
    <message>
        <source>votek (default) or random.</source>
        <translation>votek（默认）或 random。</translation>
    </message>
    <message>
        <source>Cases in the pool (M).</source>
        <translation>示例池中的病例数（M）。</translation>
    </message>
    <message>
        <source>Selection method whose slices embed the cases (default votemi).</source>
        <translation>用其切片对病例进行嵌入的选择方法（默认 votemi）。</translation>
    </message>
    <message>
        <source>vote-k neighbours (default 10).</source>
        <translation>vote-k 近邻数（默认 10）。</translation>
    </message>
    <message>
        <source>Seed for random (default 0).</source>
        <translation>random 的随机种子（默认 0）。</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>工作线程数（默认：每个核心一个）。</translation>
    </message>
    <message>
        <source>brainmd select-examples: --count M and --k need positive whole numbers, --seed a whole number
</source>
        <translation>brainmd select-examples：--count M 和 --k 必须是正整数，--seed 必须是整数
</translation>
    </message>
    <message>
        <source>select-examples</source>
        <translation>示例选择</translation>
    </message>
    <message>
        <source>brainmd select-examples: %1
</source>
        <translation>brainmd select-examples：%1
</translation>
    </message>
    <message numerus="yes">
        <source>Example pool %1 (%2, %n case(s)):
</source>
        <translation>
            <numerusform>示例池 %1（%2，%n 个病例）：
</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (no &apos;%1&apos; selection): %2
</source>
        <translation>已排除（无“%1”选择结果）：%2
</translation>
    </message>
</context>
<context>
    <name>brainmd</name>
    <message>
        <source>BrainMD Workstation</source>
        <translation>BrainMD 工作站</translation>
    </message>
    <message>
        <source>Case database (default: the last one used).</source>
        <translation>病例数据库（默认：上次使用的数据库）。</translation>
    </message>
    <message>
        <source>Case to open (id or case key).</source>
        <translation>要打开的病例（ID 或病例键）。</translation>
    </message>
    <message>
        <source>BrainBench run to open in the dashboard.</source>
        <translation>要在仪表板中打开的 BrainBench 运行。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>answer %1: %2</source>
        <translation>回答 %1：%2</translation>
    </message>
    <message>
        <source>mark %1 slice %2</source>
        <translation>标记%1切片 %2</translation>
    </message>
    <message>
        <source>Is a lesion present?</source>
        <translation>是否存在病灶？</translation>
    </message>
    <message>
        <source>Side of the lesion</source>
        <translation>病灶侧别</translation>
    </message>
    <message>
        <source>Lobe of the lesion</source>
        <translation>病灶所在脑叶</translation>
    </message>
    <message>
        <source>Contrast enhancement?</source>
        <translation>是否有对比增强？</translation>
    </message>
    <message>
        <source>Oedema?</source>
        <translation>是否有水肿？</translation>
    </message>
    <message>
        <source>Mass effect?</source>
        <translation>是否有占位效应？</translation>
    </message>
    <message>
        <source>Size class</source>
        <translation>大小分级</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>frontal</source>
        <translation>额叶</translation>
    </message>
    <message>
        <source>parietal</source>
        <translation>顶叶</translation>
    </message>
    <message>
        <source>temporal</source>
        <translation>颞叶</translation>
    </message>
    <message>
        <source>occipital</source>
        <translation>枕叶</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>%1 (pass %2)</source>
        <translation>%1（第 %2 轮）</translation>
    </message>
    <message>
        <source>%1: %2 slice %3 (%4)</source>
        <translation>%1：%2切片 %3（%4）</translation>
    </message>
    <message>
        <source>
How to read these numbers. The baselines are not models: &apos;features&apos; shows how much a simple image classifier reads from each slice source, &apos;oracle&apos; the ceiling of any 2D reader of those slices (right wherever the shown slice contains the lesion), &apos;knn&apos;, &apos;majority&apos; and &apos;random&apos; are floors; &apos;blank&apos; and &apos;none&apos; show what a backend answers without seeing the case, and a slice source shows something only where it beats them (&quot;Against the control&quot;). The evaluation is held out: %1 cases form the example pool, the other %2 are scored.
</source>
        <translation>
如何解读这些数字。这些基线都不是模型：&apos;features&apos; 显示一个简单的图像分类器能从每个切片来源读出多少信息，&apos;oracle&apos; 是任何读取这些切片的 2D 阅片者的上限（只要所显示的切片包含病灶就回答正确），&apos;knn&apos;、&apos;majority&apos; 和 &apos;random&apos; 是下限；&apos;blank&apos; 和 &apos;none&apos; 显示后端在看不到病例时会如何回答，只有当某个切片来源优于它们时才说明它显示了信息（“与对照比较”）。评估采用留出法：%1 个病例组成示例池，其余 %2 个用于评分。
</translation>
    </message>
    <message>
        <source>With %1 evaluated cases, the smallest paired difference between two slice sources this demo can detect is about %2 points (80 % power, 5 % level; assuming 30 % discordant items and a design effect of 2). Smaller differences are not shown by it either way; run with more cases (--cases) for them. The phantom&apos;s lesions are synthetic: these figures check the pipeline, they say nothing about a vision-language model on patients.
</source>
        <translation>在 %1 个评估病例下，本演示能检测到的两个切片来源之间最小的配对差异约为 %2 个百分点（80 % 检验效能，5 % 显著性水平；假设 30 % 的项目不一致、设计效应为 2）。更小的差异无论方向如何都无法由它显示；如需检测，请使用更多病例（--cases）。体模的病灶是合成的：这些数字用于检验流程，并不说明视觉语言模型在患者身上的表现。
</translation>
    </message>
    <message>
        <source>
Baseline &apos;%1&apos;:
</source>
        <translation>
基线“%1”：
</translation>
    </message>
    <message>
        <source>brainmd demo: %1
</source>
        <translation>brainmd demo：%1
</translation>
    </message>
    <message>
        <source>Report: %1
</source>
        <translation>报告：%1
</translation>
    </message>
    <message>
        <source>brainmd bench %1: %2
</source>
        <translation>brainmd bench %1：%2
</translation>
    </message>
    <message>
        <source>brainmd bench report: &apos;%1&apos; is not a run id
</source>
        <translation>brainmd bench report：&apos;%1&apos; 不是运行 ID
</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>acc %</source>
        <translation>准确率 %</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% CI</translation>
    </message>
    <message>
        <source>bal %</source>
        <translation>平衡 %</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>kappa</translation>
    </message>
    <message>
        <source>AUROC</source>
        <translation>AUROC</translation>
    </message>
    <message>
        <source>Against the control (paired: same cases and questions; points, 95 % CI):
</source>
        <translation>与对照比较（配对：相同病例和问题；百分点，95 % CI）：
</translation>
    </message>
    <message>
        <source>  %1 vs %2: %3 (%4 to %5), McNemar p %6%7
</source>
        <translation>  %1 对比 %2：%3（%4 至 %5），McNemar p %6%7
</translation>
    </message>
    <message>
        <source>  WARNING: not better than its control</source>
        <translation>  警告：不优于其对照</translation>
    </message>
    <message>
        <source>Over %1 repeated splits (seeds %2; %3 distinct example pools), accuracy %: mean, SD, range:
</source>
        <translation>在 %1 次重复划分上（种子 %2；%3 个不同的示例池），准确率 %：均值、标准差、范围：
</translation>
    </message>
    <message>
        <source>What the images show of the lesions (model-free, cases with a lesion mask):
</source>
        <translation>图像显示了多少病灶（不依赖模型，仅含病灶掩膜的病例）：
</translation>
    </message>
    <message>
        <source>  %1 %2 lesion cases, lesion shown %3 % (%4-%5), mean share of the largest cross-section %6 % (%7-%8)
</source>
        <translation>  %1 %2 个病灶病例，显示病灶 %3 %（%4-%5），最大横截面的平均占比 %6 %（%7-%8）
</translation>
    </message>
    <message>
        <source>The run id (see &apos;brainmd bench list&apos;). Given more than once (or with --runs), writes a leaderboard of the runs.</source>
        <translation>运行 ID（见 &apos;brainmd bench list&apos;）。给出多次（或与 --runs 一起）时写出这些运行的排行榜。</translation>
    </message>
    <message>
        <source>Comma-separated run ids to compare in a leaderboard (with or instead of --run).</source>
        <translation>用于排行榜比较的运行 ID，以逗号分隔（与 --run 一起或替代它）。</translation>
    </message>
    <message>
        <source>Leaderboard: the run the others are compared with (default: the first run).</source>
        <translation>排行榜：其他运行与之比较的参考运行（默认：第一个运行）。</translation>
    </message>
    <message>
        <source>Folder for the report.</source>
        <translation>报告所在目录。</translation>
    </message>
    <message>
        <source>html, csv, json (comma-separated; default all). A leaderboard writes all three.</source>
        <translation>html、csv、json（逗号分隔；默认全部）。排行榜总是写出三种格式。</translation>
    </message>
    <message>
        <source>brainmd bench report: --run ID (or --runs A,B,...) and --out DIR are required
</source>
        <translation>brainmd bench report：必须提供 --run ID（或 --runs A,B,...）和 --out DIR
</translation>
    </message>
    <message>
        <source>brainmd bench report: --reference needs two or more runs to compare
</source>
        <translation>brainmd bench report：--reference 需要两个或更多运行进行比较
</translation>
    </message>
    <message>
        <source>brainmd bench report: unknown format &apos;%1&apos; (html, csv, json)
</source>
        <translation>brainmd bench report：未知格式“%1”（html、csv、json）
</translation>
    </message>
    <message>
        <source>brainmd bench report: %1
</source>
        <translation>brainmd bench report：%1
</translation>
    </message>
    <message>
        <source>brainmd bench report: cannot create %1
</source>
        <translation>brainmd bench report：无法创建 %1
</translation>
    </message>
    <message>
        <source>brainmd bench report: cannot make %1 private to you
</source>
        <translation>brainmd bench report：无法将 %1 设为仅您本人可访问
</translation>
    </message>
    <message>
        <source>%1 files written to %2
</source>
        <translation>已将 %1 个文件写入 %2
</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 conditions  %5 predictions (%6 errors)  %7  %8
</source>
        <translation>%1  %2  %3  %4 个条件  %5 个预测（%6 个错误）  %7  %8
</translation>
    </message>
    <message>
        <source>%1 run(s)
</source>
        <translation>%1 个运行
</translation>
    </message>
    <message>
        <source>Run configuration (JSON); flags override it.</source>
        <translation>运行配置（JSON）；命令行参数优先。</translation>
    </message>
    <message>
        <source>A name for the run.</source>
        <translation>运行的名称。</translation>
    </message>
    <message>
        <source>Task pack JSON (default: the built-in pack).</source>
        <translation>任务包 JSON（默认：内置任务包）。</translation>
    </message>
    <message>
        <source>Only these question ids (comma-separated).</source>
        <translation>仅限这些问题 ID（以逗号分隔）。</translation>
    </message>
    <message>
        <source>openai, random, majority, knn, oracle or features.</source>
        <translation>openai、random、majority、knn、oracle 或 features。</translation>
    </message>
    <message>
        <source>Chat-completions server, e.g. http://localhost:8000/v1.</source>
        <translation>Chat Completions 服务器，例如 http://localhost:8000/v1。</translation>
    </message>
    <message>
        <source>Model name sent to the server.</source>
        <translation>发送给服务器的模型名称。</translation>
    </message>
    <message>
        <source>Environment variable holding the API key (default BRAINMD_API_KEY).</source>
        <translation>存放 API 密钥的环境变量（默认 BRAINMD_API_KEY）。</translation>
    </message>
    <message>
        <source>Examples per prompt, comma-separated (e.g. 0,3).</source>
        <translation>每个提示的示例数，以逗号分隔（例如 0,3）。</translation>
    </message>
    <message>
        <source>Slice sources: random,centre,manual,votemi,blank,none.</source>
        <translation>切片来源：random,centre,manual,votemi,blank,none。</translation>
    </message>
    <message>
        <source>axial, coronal, sagittal or mosaic (comma-separated).</source>
        <translation>axial、coronal、sagittal 或 mosaic（以逗号分隔）。</translation>
    </message>
    <message>
        <source>Label source: consensus, reader:NAME, phantom or an imported name.</source>
        <translation>标签来源：consensus、reader:NAME、phantom 或导入时的名称。</translation>
    </message>
    <message>
        <source>For &apos;manual&apos;: consensus, reader:NAME or a reference-source name.</source>
        <translation>用于 &apos;manual&apos;：consensus、reader:NAME 或参考来源名称。</translation>
    </message>
    <message>
        <source>Few-shot example pool: votek or random.</source>
        <translation>少样本示例池：votek 或 random。</translation>
    </message>
    <message>
        <source>Cases in the example pool.</source>
        <translation>示例池中的病例数。</translation>
    </message>
    <message>
        <source>held-out (default: score the cases outside the example pool) or leave-one-out.</source>
        <translation>held-out（默认：评估示例池之外的病例）或 leave-one-out。</translation>
    </message>
    <message>
        <source>Example retrieval: similar or random.</source>
        <translation>示例检索：similar 或 random。</translation>
    </message>
    <message>
        <source>Run it this many times with seeds seed, seed+1, ... (other splits); the report shows the spread.</source>
        <translation>以种子 seed、seed+1……运行这么多次（不同划分）；报告显示离散程度。</translation>
    </message>
    <message>
        <source>Seed of every random choice.</source>
        <translation>所有随机选择所用的种子。</translation>
    </message>
    <message>
        <source>Requests in flight at once.</source>
        <translation>同时进行的请求数。</translation>
    </message>
    <message>
        <source>Image side in pixels (default 256).</source>
        <translation>图像边长（像素，默认 256）。</translation>
    </message>
    <message>
        <source>Seconds per request attempt.</source>
        <translation>每次请求尝试的秒数。</translation>
    </message>
    <message>
        <source>Retries after a failed attempt.</source>
        <translation>尝试失败后的重试次数。</translation>
    </message>
    <message>
        <source>Seconds without a byte from the server before the run pauses.</source>
        <translation>服务器持续多少秒未发送任何字节后暂停运行。</translation>
    </message>
    <message>
        <source>Seconds per request, all attempts and waits together.</source>
        <translation>每个请求的秒数，包含所有尝试和等待时间。</translation>
    </message>
    <message>
        <source>Ask for log-probabilities (yes/no scoring).</source>
        <translation>请求对数概率（用于是/否评分）。</translation>
    </message>
    <message>
        <source>Ask every option order; right only if all are.</source>
        <translation>按每种选项顺序提问；仅当全部正确时才算正确。</translation>
    </message>
    <message>
        <source>Add a &apos;none of the above&apos; option.</source>
        <translation>添加“以上都不是”选项。</translation>
    </message>
    <message>
        <source>Start a new run even if this configuration has one.</source>
        <translation>即使该配置已有运行，也开始新的运行。</translation>
    </message>
    <message>
        <source>Plan only: print the requests, images, estimated tokens and cost; send and store nothing.</source>
        <translation>仅规划：输出请求数、图像数、估计的 token 数和费用；不发送、不保存任何内容。</translation>
    </message>
    <message>
        <source>Price per million input tokens: the dry run&apos;s estimate, and stored with the run for its cost.</source>
        <translation>每百万输入 token 的价格：用于试运行的估算，并随运行保存以计算其费用。</translation>
    </message>
    <message>
        <source>Price per million output tokens: the dry run&apos;s estimate, and stored with the run for its cost.</source>
        <translation>每百万输出 token 的价格：用于试运行的估算，并随运行保存以计算其费用。</translation>
    </message>
    <message>
        <source>With --dry-run: tokens per image (default 255, a 512-px tile).</source>
        <translation>配合 --dry-run：每张图像的 token 数（默认 255，即一个 512 像素图块）。</translation>
    </message>
    <message>
        <source>brainmd bench run: %1
</source>
        <translation>brainmd bench run：%1
</translation>
    </message>
    <message>
        <source>%1 stored (%2 sent, %3 from the cache, %4 with errors).
</source>
        <translation>已保存 %1 个（%2 个已发送，%3 个来自缓存，%4 个出错）。
</translation>
    </message>
    <message>
        <source>brainmd bench run: run %1 %2: %3
Run the same command again to resume; nothing answered is asked again.
</source>
        <translation>brainmd bench run：运行 %1 %2：%3
再次运行相同命令即可继续；已回答的内容不会重复请求。
</translation>
    </message>
    <message>
        <source>Give --price-in and --price-out (per million tokens) for a cost.
</source>
        <translation>如需费用估算，请提供 --price-in 和 --price-out（每百万 token）。
</translation>
    </message>
    <message>
        <source>Run or resume a BrainBench run.</source>
        <translation>运行或继续一次 BrainBench 运行。</translation>
    </message>
    <message>
        <source>brainmd bench run: cannot read %1: %2
</source>
        <translation>brainmd bench run：无法读取 %1：%2
</translation>
    </message>
    <message>
        <source>brainmd bench run: %1: %2
</source>
        <translation>brainmd bench run：%1：%2
</translation>
    </message>
    <message>
        <source>brainmd bench run: --price-in, --price-out and --image-tokens take numbers of 0 or more
</source>
        <translation>brainmd bench run：--price-in、--price-out 和 --image-tokens 需要大于等于 0 的数字
</translation>
    </message>
    <message>
        <source>brainmd bench run: --repeats must be between 1 and 100
</source>
        <translation>brainmd bench run：--repeats 必须介于 1 和 100 之间
</translation>
    </message>
    <message>
        <source>
Repeat %1 of %2 (seed %3):
</source>
        <translation>
第 %1 次重复，共 %2 次（种子 %3）：
</translation>
    </message>
    <message>
        <source>Usage: brainmd &lt;command&gt; [options]

BrainMD Workstation on the command line: import brain MRI, select slices,
run BrainBench and write reports.

Commands:
</source>
        <translation>用法：brainmd &lt;命令&gt; [选项]

BrainMD 工作站命令行：导入脑部 MRI、选择切片、
运行 BrainBench 并生成报告。

命令：
</translation>
    </message>
    <message>
        <source>
Global options:
  --version   Show the version and the git revision.
  --help      Show this help.

&apos;brainmd &lt;command&gt; --help&apos; describes a command. Exit codes: 0 success,
1 done with per-file problems (listed), 2 usage or fatal error.
</source>
        <translation>
全局选项：
  --version   显示版本和 Git 修订号。
  --help      显示本帮助。

&apos;brainmd &lt;命令&gt; --help&apos; 显示某个命令的说明。退出码：0 成功，
1 已完成但个别文件有问题（已列出），2 用法错误或致命错误。
</translation>
    </message>
    <message>
        <source>brainmd: unknown command &apos;%1&apos;

</source>
        <translation>brainmd：未知命令“%1”

</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>brainmd %1: %2
</source>
        <translation>brainmd %1：%2
</translation>
    </message>
    <message>
        <source>Try &apos;brainmd %1 --help&apos;.
</source>
        <translation>请尝试 &apos;brainmd %1 --help&apos;。
</translation>
    </message>
    <message>
        <source>Usage: brainmd %1</source>
        <translation>用法：brainmd %1</translation>
    </message>
    <message>
        <source>The case database (SQLite file).</source>
        <translation>病例数据库（SQLite 文件）。</translation>
    </message>
    <message>
        <source>Write the result as JSON on stdout.</source>
        <translation>将结果以 JSON 格式输出到标准输出。</translation>
    </message>
    <message>
        <source>brainmd %1: --db FILE is required
</source>
        <translation>brainmd %1：必须指定 --db 文件
</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>vs ref</source>
        <translation>对比参考</translation>
    </message>
    <message>
        <source>95% CI (points)</source>
        <translation>95% 置信区间（百分点）</translation>
    </message>
    <message>
        <source>McNemar p</source>
        <translation>McNemar p 值</translation>
    </message>
    <message>
        <source>%1 (%2 shared items, %3 cases)
</source>
        <translation>%1（%2 个共同项目，%3 个病例）
</translation>
    </message>
    <message>
        <source>brainmd bench report: the runs share no evaluated item in any condition (no case, question and rotation that every run evaluated with the same label); nothing to compare
</source>
        <translation>brainmd bench report：这些运行在任何条件下都没有共同评估的项目（没有每个运行都以相同标签评估过的病例、问题和选项轮换）；无可比较
</translation>
    </message>
    <message>
        <source>Leaderboard: %1
</source>
        <translation>排行榜：%1
</translation>
    </message>
    <message>
        <source>votemi (default), random or centre.</source>
        <translation>votemi（默认）、random 或 centre。</translation>
    </message>
    <message>
        <source>Patch embedder: pca (default) or vae.</source>
        <translation>图像块嵌入方法：pca（默认）或 vae。</translation>
    </message>
    <message>
        <source>coverage (default), uniform (the reference study), cluster-balanced or asymmetry.</source>
        <translation>coverage（默认）、uniform（参考研究）、cluster-balanced 或 asymmetry。</translation>
    </message>
    <message>
        <source>Half-width of the window of summed votes, mm (4; 0: one slice).</source>
        <translation>投票求和窗口的半宽，毫米（4；0：单个切片）。</translation>
    </message>
    <message>
        <source>Patch size and stride in voxels (16).</source>
        <translation>图像块大小和步长（体素，16）。</translation>
    </message>
    <message>
        <source>Embedding dimension (10).</source>
        <translation>嵌入维度（10）。</translation>
    </message>
    <message>
        <source>Share selected within a cluster (0.5).</source>
        <translation>每个聚类内选取的比例（0.5）。</translation>
    </message>
    <message>
        <source>Share of all patches chosen (0.2).</source>
        <translation>所有图像块中被选取的比例（0.2）。</translation>
    </message>
    <message>
        <source>Comma-separated case ids or keys (default: all).</source>
        <translation>病例 ID 或键，以逗号分隔（默认：全部）。</translation>
    </message>
    <message>
        <source>One case id or key (with --debug-dir).</source>
        <translation>单个病例 ID 或键（与 --debug-dir 一起使用）。</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>工作线程数（默认：每个核心一个）。</translation>
    </message>
    <message>
        <source>Seed (default 0).</source>
        <translation>随机种子（默认 0）。</translation>
    </message>
    <message>
        <source>Recompute cases already selected with the same parameters; store only a differing result.</source>
        <translation>重新计算已用相同参数选择过的病例；仅保存不同的结果。</translation>
    </message>
    <message>
        <source>Write embeddings, labels, chosen patches, vote profiles and parameters of one case here.</source>
        <translation>将单个病例的嵌入、标签、所选图像块、投票分布和参数写入此处。</translation>
    </message>
    <message>
        <source>VAE weights to use instead of training.</source>
        <translation>使用此 VAE 权重，而非重新训练。</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 必须是 %2 到 %3 之间的数字，而不是“%4”</translation>
    </message>
    <message>
        <source>unknown --method &apos;%1&apos; (votemi, random, centre)</source>
        <translation>未知的 --method“%1”（votemi、random、centre）</translation>
    </message>
    <message>
        <source>unknown --embedder &apos;%1&apos; (pca, vae)</source>
        <translation>未知的 --embedder“%1”（pca、vae）</translation>
    </message>
    <message>
        <source>unknown --vote-weighting &apos;%1&apos; (coverage, uniform, cluster-balanced, asymmetry)</source>
        <translation>未知的 --vote-weighting“%1”（coverage、uniform、cluster-balanced、asymmetry）</translation>
    </message>
    <message>
        <source>no result to write for case %1</source>
        <translation>病例 %1 没有可写入的结果</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>|chosen - reference| in mm, mean / median per view
</source>
        <translation>|所选 − 参考|（mm），各视图的均值 / 中位数
</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <source>coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <source>sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%1 s (%2 cases/s)</source>
        <translation>%1 秒（每秒 %2 个病例）</translation>
    </message>
    <message>
        <source>stored earlier</source>
        <translation>先前已保存</translation>
    </message>
    <message>
        <source>|chosen - reference| minus that of %1, mm: mean [95 % CI], cases closer
</source>
        <translation>|所选 - 参考| 减去 %1 的值，毫米：均值 [95% 置信区间]，更近的病例比例
</translation>
    </message>
    <message>
        <source>%1 %2/s</source>
        <translation>%1 %2/秒</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>colour scale</source>
        <translation>色标</translation>
    </message>
    <message>
        <source>the colour of %1 predictions</source>
        <translation>%1 个预测对应的颜色</translation>
    </message>
    <message>
        <source>%1 % (%2–%3)</source>
        <translation>%1 %（%2–%3）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Slice source</source>
        <translation>切片来源</translation>
    </message>
    <message>
        <source>Lesion cases</source>
        <translation>病灶病例</translation>
    </message>
    <message>
        <source>Lesion shown (95 % CI)</source>
        <translation>显示病灶（95 % CI）</translation>
    </message>
    <message>
        <source>Share of the largest cross-section (95 % CI)</source>
        <translation>最大横截面占比（95 % CI）</translation>
    </message>
    <message>
        <source>A #%1</source>
        <translation>A #%1</translation>
    </message>
    <message>
        <source>B #%1</source>
        <translation>B #%1</translation>
    </message>
    <message>
        <source>No evaluated case of this run has a lesion mask (DICOM SEG), or the run was planned before visibility was recorded (run it again to record it).</source>
        <translation>本次运行没有任何已评估病例带有病灶掩膜（DICOM SEG），或者该运行是在记录可见性之前规划的（重新运行即可记录）。</translation>
    </message>
    <message>
        <source>no shared items</source>
        <translation>无共同项目</translation>
    </message>
    <message>
        <source>%1 pts (%2 to %3), p %4</source>
        <translation>%1 个百分点（%2 至 %3），p %4</translation>
    </message>
    <message>
        <source>Paired on %1 items of %2 cases: this run right only on %3, the reference right only on %4.</source>
        <translation>在 %2 个病例的 %1 个项目上配对：仅本运行正确 %3 个，仅参考运行正确 %4 个。</translation>
    </message>
    <message>
        <source>%1 / %2
%3-shot · %4 items, %5 cases</source>
        <translation>%1 / %2
%3-shot · %4 个项目，%5 个病例</translation>
    </message>
    <message>
        <source>%1 (reference)</source>
        <translation>%1（参考）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Task pack</source>
        <translation>任务包</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>提示 token</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>补全 token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Software version</source>
        <translation>软件版本</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>no price given</source>
        <translation>未给出价格</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Questions compared: %1</source>
        <translation>比较的问题：%1</translation>
    </message>
    <message>
        <source>case %1 is not in the database</source>
        <translation>病例 %1 不在数据库中</translation>
    </message>
    <message>
        <source>the lesion mask does not lie on the case&apos;s grid</source>
        <translation>病灶掩膜不在该病例的网格上</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>环境变量 %1</translation>
    </message>
    <message>
        <source>system keychain (brainmd/%1)</source>
        <translation>系统密钥环（brainmd/%1）</translation>
    </message>
    <message>
        <source>Dry run (nothing sent or stored)%1: %2 requests, %3 images, about %4 input tokens (%5 per image) and at most %6 output tokens (max_tokens %7).
</source>
        <translation>试运行（未发送或保存任何内容）%1：%2 个请求，%3 张图像，约 %4 个输入 token（每张图像 %5 个），最多 %6 个输出 token（max_tokens %7）。
</translation>
    </message>
    <message>
        <source>, resuming run %1</source>
        <translation>，继续运行 %1</translation>
    </message>
    <message>
        <source>Estimated cost at most %1 (input %2, output %3 per million tokens).
</source>
        <translation>估计费用最多 %1（每百万 token：输入 %2，输出 %3）。
</translation>
    </message>
    <message numerus="yes">
        <source>Usage: %n request(s) sent and answered, %1 input and %2 output tokens as the server counted them</source>
        <translation>
            <numerusform>用量：已发送并得到回答的请求 %n 个，按服务器统计输入 %1 个、输出 %2 个 token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n answer(s) from the response cache (paid for when first sent)</source>
        <translation>
            <numerusform>；%n 个回答来自响应缓存（首次发送时已付费）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n response(s) without token counts (the server sent no usage)</source>
        <translation>
            <numerusform>；%n 个响应没有 token 计数（服务器未发送 usage）</numerusform>
        </translation>
    </message>
    <message>
        <source> Cost %1 (input %2, output %3 per million tokens).</source>
        <translation> 费用 %1（每百万 token：输入 %2，输出 %3）。</translation>
    </message>
    <message>
        <source> No price given (bench run --price-in, --price-out) for a cost.</source>
        <translation> 未给出价格（bench run --price-in、--price-out），无法计算费用。</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>准确率 %</translation>
    </message>
    <message>
        <source>balanced acc %</source>
        <translation>平衡准确率 %</translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation>宏平均 F1</translation>
    </message>
    <message>
        <source>abstained %</source>
        <translation>弃答 %</translation>
    </message>
    <message>
        <source>unparsed %</source>
        <translation>无法解析 %</translation>
    </message>
    <message>
        <source>errors %</source>
        <translation>错误 %</translation>
    </message>
    <message>
        <source>latency ms</source>
        <translation>延迟 ms</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>token 数</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>A only right</source>
        <translation>仅 A 正确</translation>
    </message>
    <message>
        <source>B only right</source>
        <translation>仅 B 正确</translation>
    </message>
    <message>
        <source>A − B (points)</source>
        <translation>A − B（百分点）</translation>
    </message>
    <message>
        <source>bootstrap p</source>
        <translation>Bootstrap p 值</translation>
    </message>
    <message>
        <source>control</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>condition − control (points)</source>
        <translation>条件 − 对照（百分点）</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>better than its control</source>
        <translation>优于其对照</translation>
    </message>
    <message>
        <source>WARNING: not better than its control</source>
        <translation>警告：不优于其对照</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>mean accuracy %</source>
        <translation>平均准确率 %</translation>
    </message>
    <message>
        <source>SD (points)</source>
        <translation>标准差（百分点）</translation>
    </message>
    <message>
        <source>range %</source>
        <translation>范围 %</translation>
    </message>
    <message>
        <source>slice source</source>
        <translation>切片来源</translation>
    </message>
    <message>
        <source>lesion cases</source>
        <translation>病灶病例</translation>
    </message>
    <message>
        <source>lesion shown %</source>
        <translation>显示病灶 %</translation>
    </message>
    <message>
        <source>mean share of largest cross-section %</source>
        <translation>最大横截面平均占比 %</translation>
    </message>
    <message>
        <source>question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>ECE</source>
        <translation>ECE</translation>
    </message>
    <message>
        <source>Brier</source>
        <translation>Brier 分数</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>弃答</translation>
    </message>
    <message>
        <source>unparsed</source>
        <translation>无法解析</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>truth</source>
        <translation>真值</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>model answer</source>
        <translation>模型回答</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Every answer was read as one of the options.</source>
        <translation>每个回答都被识别为其中一个选项。</translation>
    </message>
    <message>
        <source>BrainBench run %1</source>
        <translation>BrainBench 运行 %1</translation>
    </message>
    <message>
        <source>BrainBench run %1 %2</source>
        <translation>BrainBench 运行 %1 %2</translation>
    </message>
    <message>
        <source>Status: %1. Created %2. Task pack %3 %4.</source>
        <translation>状态：%1。创建于 %2。任务包 %3 %4。</translation>
    </message>
    <message>
        <source>Evaluation protocol</source>
        <translation>评估方案</translation>
    </message>
    <message>
        <source>This run was planned before the split was stored: leave-one-out evaluation, the pool&apos;s cases evaluated too.</source>
        <translation>该运行在保存数据划分之前规划：采用留一法评估，示例池中的病例也参与了评估。</translation>
    </message>
    <message>
        <source>Scores per condition</source>
        <translation>各条件得分</translation>
    </message>
    <message>
        <source>Accuracy counts every item: abstentions, unreadable answers and errors are never right. Intervals: bootstrap percentile, cases resampled. Controls (blank, none) show what a backend answers without seeing the case.</source>
        <translation>准确率计入每个条目：弃答、无法识别的回答和错误一律算错。区间：Bootstrap 百分位数法，对病例重抽样。对照条件（blank、none）显示后端在看不到病例时的回答情况。</translation>
    </message>
    <message>
        <source>Against the control</source>
        <translation>与对照比较</translation>
    </message>
    <message>
        <source>Each condition against the same views and shots with blank images (or no image): what seeing the case adds to what the backend answers anyway. Better: the 95 % interval of the paired difference lies above zero.</source>
        <translation>每个条件与相同视图和样本数、但使用空白图像（或无图像）的对照比较：看到病例比后端本来就会给出的回答多带来什么。优于：配对差值的 95 % 区间位于零以上。</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n condition(s) did no better than their control, so their scores do not show that the images were used: %1.</source>
        <translation>
            <numerusform>警告：%n 个条件不优于其对照，因此其得分不能说明图像被利用了：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Spread over repeated splits</source>
        <translation>重复划分间的离散程度</translation>
    </message>
    <message>
        <source>Runs %1 repeat this configuration with seeds %2 (%3 distinct example pools; a vote-k pool is the same for every seed, a random one is drawn anew). The spread shows how much a figure moves with the split; the bootstrap interval above only resamples the cases of this one.</source>
        <translation>运行 %1 以种子 %2 重复此配置（%3 个不同的示例池；vote-k 示例池对每个种子都相同，随机示例池则重新抽取）。离散程度显示某个数值随划分变化多少；上方的 bootstrap 区间只对本次划分的病例重抽样。</translation>
    </message>
    <message>
        <source>Paired comparisons (same cases and questions)</source>
        <translation>配对比较（相同病例和问题）</translation>
    </message>
    <message>
        <source>What the images show of the lesions (model-free)</source>
        <translation>图像显示了多少病灶（不依赖模型）</translation>
    </message>
    <message>
        <source>Lesion cases: evaluated cases with a lesion mask (DICOM SEG). Shown: a shown slice contains lesion voxels (Wilson interval). Share: lesion area on the shown slice over the area of its largest cross-section in that view, the best shown view (bootstrap interval). The &apos;oracle&apos; baseline turns this into the accuracy ceiling of a 2D reader of these images.</source>
        <translation>病灶病例：带有病灶掩膜（DICOM SEG）的已评估病例。显示：所显示的切片包含病灶体素（Wilson 区间）。占比：所显示切片上的病灶面积除以该视图中病灶最大横截面的面积，取显示效果最好的视图（bootstrap 区间）。基线 &apos;oracle&apos; 据此给出读取这些图像的 2D 阅片者的准确率上限。</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Scores per question</source>
        <translation>各问题得分</translation>
    </message>
    <message>
        <source>Answers not read as an option</source>
        <translation>未被识别为选项的回答</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>vote-k (diverse, representative cases)</source>
        <translation>vote-k（多样且有代表性的病例）</translation>
    </message>
    <message>
        <source>a seeded random draw</source>
        <translation>固定种子的随机抽取</translation>
    </message>
    <message>
        <source>Held-out evaluation: an annotated example pool of %1 cases (chosen by %2, seed %3) gives the few-shot examples and the baselines&apos; priors; every condition is scored on the same %4 other labelled cases.</source>
        <translation>留出法评估：由 %1 个已标注病例组成的示例池（通过 %2 选出，种子 %3）提供少样本示例和基线的先验；每个条件都在相同的其余 %4 个已标注病例上评分。</translation>
    </message>
    <message>
        <source>No case is both an example and evaluated.</source>
        <translation>没有病例既是示例又被评估。</translation>
    </message>
    <message>
        <source>%1 cases are both an example and evaluated: the split record is inconsistent.</source>
        <translation>%1 个病例既是示例又被评估：划分记录不一致。</translation>
    </message>
    <message>
        <source>Leave-one-out evaluation: every labelled case (%1) is evaluated, with the example pool of %2 cases (chosen by %3, seed %4) minus the case itself as its examples. Pool cases are evaluated too, so one case&apos;s label shapes another&apos;s examples and the baselines&apos; priors; held-out evaluation (the default since configuration format 2) avoids this.</source>
        <translation>留一法评估：每个已标注病例（%1 个）都被评估，示例取自 %2 个病例的示例池（通过 %3 选出，种子 %4），但不含该病例本身。示例池中的病例也会被评估，因此一个病例的标签会影响另一个病例的示例和基线先验；留出法评估（自配置格式 2 起为默认）可避免这一点。</translation>
    </message>
    <message>
        <source>Example pool: %1</source>
        <translation>示例池：%1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>以及另外 %1 个</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>%1-shot; %2 items, %3 cases</source>
        <translation>%1-shot；%2 个项目，%3 个病例</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>task pack</source>
        <translation>任务包</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>prompt tokens</source>
        <translation>提示 token</translation>
    </message>
    <message>
        <source>completion tokens</source>
        <translation>补全 token</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>software version</source>
        <translation>软件版本</translation>
    </message>
    <message>
        <source>BrainBench leaderboard</source>
        <translation>BrainBench 排行榜</translation>
    </message>
    <message>
        <source>%1 runs compared; reference: %2. Each condition is scored only on its shared items: the same case, question and option rotation evaluated by every run, with the same label. Accuracy in %, 95 % bootstrap interval (%3 resamples of the cases, seed %4). Below it: the paired difference to the reference on the same items in points (run − reference; paired bootstrap interval over cases) and the exact McNemar p.</source>
        <translation>共比较 %1 个运行；参考：%2。每个条件只在其共同项目上评分：每个运行都以相同标签评估过的同一病例、问题和选项轮换。准确率以 % 表示，95% bootstrap 区间（病例重抽样 %3 次，种子 %4）。其下：在相同项目上与参考运行的配对差异（百分点，运行 − 参考；按病例的配对 bootstrap 区间）及精确 McNemar p 值。</translation>
    </message>
    <message>
        <source>McNemar&apos;s test counts items as independent; the questions of one case are not, so with few cases trust the interval (cases resampled) more than p. leaderboard.json also holds the paired bootstrap p.</source>
        <translation>McNemar 检验把项目视为相互独立；同一病例的各个问题并不独立，因此病例较少时应更信任区间（按病例重抽样）而非 p 值。leaderboard.json 还包含配对 bootstrap p 值。</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Runs may differ in model, prompt, server, seed and split: numbers of one run&apos;s own report are over all of its items and are not comparable with these.</source>
        <translation>各运行的模型、提示、服务器、种子和划分可能不同：单个运行自身报告中的数字基于其全部项目，不能与这里的数字比较。</translation>
    </message>
    <message>
        <source>accuracy on the shared items (%)</source>
        <translation>共同项目上的准确率（%）</translation>
    </message>
    <message>
        <source>%1 % (reference)</source>
        <translation>%1 %（参考）</translation>
    </message>
    <message>
        <source>%1 %, %2%3 pts, p %4</source>
        <translation>%1 %，%2%3 个百分点，p %4</translation>
    </message>
    <message>
        <source>Accuracy on the items all compared runs share</source>
        <translation>所有比较运行共同项目上的准确率</translation>
    </message>
    <message>
        <source>Bars: accuracy with 95% bootstrap interval (cases resampled). Beside: accuracy, difference to the reference in points, McNemar p.</source>
        <translation>柱：准确率及 95% bootstrap 区间（按病例重抽样）。旁边：准确率、与参考的差异（百分点）、McNemar p 值。</translation>
    </message>
    <message>
        <source>%1   no shared items</source>
        <translation>%1   无共同项目</translation>
    </message>
    <message>
        <source>%1   (%2 items, %3 cases)</source>
        <translation>%1   （%2 个项目，%3 个病例）</translation>
    </message>
    <message>
        <source>No shared items: not evaluated by %1.</source>
        <translation>无共同项目：%1 未评估。</translation>
    </message>
    <message>
        <source>No shared items: the runs evaluated no common case, question and rotation.</source>
        <translation>无共同项目：这些运行没有评估过共同的病例、问题和轮换。</translation>
    </message>
    <message>
        <source>%1 item(s) left out: the runs&apos; labels differ.</source>
        <translation>%1 个项目被排除：各运行的标签不同。</translation>
    </message>
    <message>
        <source>temperature %1, max tokens %2, seed %3, %4 evaluation</source>
        <translation>temperature %1，最大 token %2，种子 %3，%4 评估</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>分段 %1</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>Coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <source>Sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <source>Axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <source>%1  %2 / %3
%4 %5 mm</source>
        <translation>%1  %2 / %3
%4 %5 mm</translation>
    </message>
    <message>
        <source>W %1  L %2</source>
        <translation>窗宽 %1  窗位 %2</translation>
    </message>
    <message>
        <source>   ×%1</source>
        <translation>   ×%1</translation>
    </message>
    <message>
        <source>MRI brain</source>
        <translation>MRI 脑组织</translation>
    </message>
    <message>
        <source>MRI soft</source>
        <translation>MRI 软组织</translation>
    </message>
    <message>
        <source>MIP (maximum intensity)</source>
        <translation>MIP（最大密度投影）</translation>
    </message>
    <message>
        <source>3D  %1</source>
        <translation>3D  %1</translation>
    </message>
    <message>
        <source>Unknown case status &quot;%1&quot;.</source>
        <translation>未知的病例状态“%1”。</translation>
    </message>
    <message>
        <source>No case with id %1.</source>
        <translation>没有 ID 为 %1 的病例。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>... and %n more</source>
        <translation>……另有 %n 项</translation>
    </message>
    <message>
        <source>integrity_check stopped: %1</source>
        <translation>integrity_check 已中止：%1</translation>
    </message>
    <message>
        <source>(only the first %1 problems are listed)</source>
        <translation>（仅列出前 %1 个问题）</translation>
    </message>
    <message>
        <source>foreign_key_check stopped: %1</source>
        <translation>foreign_key_check 已中止：%1</translation>
    </message>
    <message>
        <source>table %1, row %2: refers to a row of %3 that does not exist</source>
        <translation>表 %1，第 %2 行：引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <source>no volume cache beside the file (%1), as for a backup copy; importing the folders again rebuilds it</source>
        <translation>文件旁没有体数据缓存（%1），如同备份副本；重新导入这些文件夹即可重建</translation>
    </message>
    <message>
        <source>series %1: %2</source>
        <translation>序列 %1：%2</translation>
    </message>
    <message>
        <source>series %1, lesion mask of the DICOM SEG %2: %3</source>
        <translation>序列 %1，DICOM SEG %2 的病灶掩膜：%3</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this program knows (%2): written by a newer BrainMD, which should check it</source>
        <translation>模式版本 %1 高于本程序支持的版本（%2）：该文件由更新版本的 BrainMD 写入，应使用该版本检查</translation>
    </message>
    <message>
        <source>schema version %1 is older than the newest (%2); opening the file upgrades it after writing a backup beside it</source>
        <translation>模式版本 %1 低于最新版本（%2）；打开该文件时会先在旁边写入备份，然后升级</translation>
    </message>
    <message>
        <source>cannot build the reference schema: %1</source>
        <translation>无法构建参考模式：%1</translation>
    </message>
    <message>
        <source>missing from the schema: %1</source>
        <translation>模式中缺少：%1</translation>
    </message>
    <message>
        <source>cannot switch the copy to a rollback journal</source>
        <translation>无法将副本切换为回滚日志模式</translation>
    </message>
    <message>
        <source>the copy fails integrity_check: %1</source>
        <translation>副本未通过 integrity_check：%1</translation>
    </message>
    <message>
        <source>this database was written by a newer BrainMD (schema %1, this program knows up to %2); open it with that version or newer, or import the data into a new database</source>
        <translation>该数据库由更新版本的 BrainMD 写入（模式 %1，本程序最高支持 %2）；请使用该版本或更新版本打开，或将数据导入新数据库</translation>
    </message>
    <message>
        <source>the backup before the schema upgrade failed: %1</source>
        <translation>模式升级前的备份失败：%1</translation>
    </message>
    <message>
        <source>schema upgrade to version %1 (%2) failed: %3</source>
        <translation>升级到模式版本 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>not a SQLite connection</source>
        <translation>不是 SQLite 连接</translation>
    </message>
    <message>
        <source>largest cross-section per view of the lesion mask of a DICOM SEG</source>
        <translation>DICOM SEG 病灶掩膜在每个视图中的最大截面</translation>
    </message>
    <message>
        <source>no usable files</source>
        <translation>没有可用的文件</translation>
    </message>
    <message>
        <source>the volume cannot be read</source>
        <translation>无法读取该容积</translation>
    </message>
    <message>
        <source>no case has labels in %1</source>
        <translation>%1 中没有任何病例带有标签</translation>
    </message>
    <message>
        <source>held-out evaluation needs at least two labelled cases (one example, one to evaluate); %1 has %2</source>
        <translation>留出法评估至少需要两个已标注病例（一个作示例，一个用于评估）；%1 只有 %2 个</translation>
    </message>
    <message>
        <source>example pool: %1 cases instead of %2, so that %3 of the %4 labelled cases stay for evaluation</source>
        <translation>示例池：%1 个病例而非 %2 个，以便 %4 个已标注病例中有 %3 个留作评估</translation>
    </message>
    <message>
        <source>planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>case %1: lesion mask not used for visibility: %2</source>
        <translation>病例 %1：病灶掩膜未用于可见性：%2</translation>
    </message>
    <message>
        <source>%1: case %2 left out: %3</source>
        <translation>%1：病例 %2 已排除：%3</translation>
    </message>
    <message>
        <source>%1: example case %2 left out: %3</source>
        <translation>%1：示例病例 %2 被排除：%3</translation>
    </message>
    <message>
        <source>the question alone (no image is shown)</source>
        <translation>仅问题（不显示图像）</translation>
    </message>
    <message>
        <source>this image of three orthogonal slices (axial, coronal, sagittal, left to right)</source>
        <translation>这张由三个正交切片组成的图像（从左到右依次为轴位、冠状位、矢状位）</translation>
    </message>
    <message>
        <source>this MRI slice</source>
        <translation>这张 MRI 切片</translation>
    </message>
    <message>
        <source>%1 bytes, no image</source>
        <translation>%1 字节，无图像</translation>
    </message>
    <message>
        <source>%1 bytes; %2 image(s), %3 PNG bytes, the largest %4×%5 px</source>
        <translation>%1 字节；%2 张图像，PNG 共 %3 字节，最大 %4×%5 px</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the server wants an API key and none was found. Name the variable with --api-key-env, or set BRAINMD_API_KEY or OPENAI_API_KEY, or store the key in the system keychain (service &apos;brainmd&apos;). Server said: %3</source>
        <translation>来自 %2 的 HTTP %1：服务器要求提供 API 密钥，但未找到。请用 --api-key-env 指定变量，或设置 BRAINMD_API_KEY 或 OPENAI_API_KEY，或将密钥保存到系统密钥环（服务 &apos;brainmd&apos;）。服务器返回：%3</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the server refused the API key from %3%4. Check or replace that key (it is never printed). Server said: %5</source>
        <translation>来自 %2 的 HTTP %1：服务器拒绝了该 API 密钥（来源：%3）%4。请检查或更换该密钥（密钥从不会被打印）。服务器返回：%5</translation>
    </message>
    <message>
        <source> (or the key may not use model &apos;%1&apos;)</source>
        <translation> （或该密钥无权使用模型“%1”）</translation>
    </message>
    <message>
        <source>HTTP 404 from %1: the model &apos;%2&apos; or the endpoint does not exist. Check --model and --base-url (it usually ends in /v1). Server said: %3</source>
        <translation>来自 %1 的 HTTP 404：模型“%2”或端点不存在。请检查 --model 和 --base-url（通常以 /v1 结尾）。服务器返回：%3</translation>
    </message>
    <message>
        <source>HTTP 413 from %1: the request is too large for the server (%2). Lower --image-size or the number of shots, or raise the server&apos;s request size limit.</source>
        <translation>来自 %1 的 HTTP 413：请求对服务器而言过大（%2）。请降低 --image-size 或减少样本（shot）数，或提高服务器的请求大小上限。</translation>
    </message>
    <message>
        <source>HTTP 429 from %1: the account&apos;s quota is used up (insufficient_quota); waiting will not help. Server said: %2</source>
        <translation>来自 %1 的 HTTP 429：账户配额已用完（insufficient_quota）；等待无济于事。服务器返回：%2</translation>
    </message>
    <message>
        <source>HTTP %1 (%2) from %3</source>
        <translation>来自 %3 的 HTTP %1（%2）</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>速率受限</translation>
    </message>
    <message>
        <source>server busy</source>
        <translation>服务器繁忙</translation>
    </message>
    <message>
        <source>HTTP %1 (server error) from %2: %3</source>
        <translation>来自 %2 的 HTTP %1（服务器错误）：%3</translation>
    </message>
    <message>
        <source>HTTP %1 from %2: the server rejected this request: %3</source>
        <translation>来自 %2 的 HTTP %1：服务器拒绝了此请求：%3</translation>
    </message>
    <message>
        <source>%1 sent HTTP %2 and %3 bytes of the answer, then nothing for %4 s</source>
        <translation>%1 发送了 HTTP %2 和 %3 字节的应答，随后 %4 s 内再无数据</translation>
    </message>
    <message>
        <source>%1 took the request (%2) but sent no byte of an answer for %3 s</source>
        <translation>%1 已接收请求（%2），但 %3 s 内未发送任何应答字节</translation>
    </message>
    <message>
        <source>%1 stopped reading the request after %2 of %3 bytes; nothing moved for %4 s</source>
        <translation>%1 在读取请求的 %2 / %3 字节后停止读取；%4 s 内无任何数据传输</translation>
    </message>
    <message>
        <source>nothing could be sent to %1 for %2 s (%3)</source>
        <translation>%2 s 内无法向 %1 发送任何数据（%3）</translation>
    </message>
    <message>
        <source>connecting, no answer</source>
        <translation>正在连接，无应答</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>无连接</translation>
    </message>
    <message>
        <source>; a TLS handshake may be unanswered: a local server usually speaks plain http://</source>
        <translation>；可能是 TLS 握手未得到应答：本地服务器通常使用普通 http://</translation>
    </message>
    <message>
        <source>; GET %1 got no answer within %2 s either</source>
        <translation>；GET %1 在 %2 s 内也未得到应答</translation>
    </message>
    <message>
        <source>the server stalled: %1. It may be hung or overloaded; if the model is only slow, raise the stall limit (backend setting stall_s, now %2 s).</source>
        <translation>服务器停滞：%1。服务器可能已挂起或过载；如果只是模型较慢，请提高停滞上限（后端设置 stall_s，当前为 %2 s）。</translation>
    </message>
    <message>
        <source>cannot reach %1: connection refused. Is the server running, and is --base-url right?</source>
        <translation>无法连接 %1：连接被拒绝。服务器是否正在运行？--base-url 是否正确？</translation>
    </message>
    <message>
        <source>cannot reach %1: host &apos;%2&apos; not found. Check --base-url.</source>
        <translation>无法连接 %1：找不到主机“%2”。请检查 --base-url。</translation>
    </message>
    <message>
        <source>TLS with %1 failed: %2. A local server usually speaks plain http://; a self-signed certificate must be trusted by the system.</source>
        <translation>与 %1 的 TLS 连接失败：%2。本地服务器通常使用普通 http://；自签名证书必须受系统信任。</translation>
    </message>
    <message>
        <source>the network proxy failed for %1: %2</source>
        <translation>访问 %1 时网络代理失败：%2</translation>
    </message>
    <message>
        <source>%1 closed the connection after taking the request, without an answer (%2): the server may have crashed or restarted.</source>
        <translation>%1 在接收请求后未作应答即关闭了连接（%2）：服务器可能已崩溃或重启。</translation>
    </message>
    <message>
        <source>%1 closed the connection while the request (%2) was being sent, %3 bytes out, without an HTTP answer (%4). It may refuse requests this large (as HTTP 413 would: lower --image-size) or not speak HTTP on this port.</source>
        <translation>%1 在发送请求（%2）期间关闭了连接，已发出 %3 字节，未返回 HTTP 应答（%4）。它可能拒绝这么大的请求（相当于 HTTP 413：请降低 --image-size），或者该端口并不使用 HTTP。</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>（响应体为空）</translation>
    </message>
    <message>
        <source>the response from %1 was larger than %2 MB and was cut off</source>
        <translation>来自 %1 的响应超过 %2 MB，已被截断</translation>
    </message>
    <message>
        <source>no complete answer from %1 within %2 s (the timeout of one attempt); %3 bytes of it had arrived%4</source>
        <translation>%2 s 内（单次尝试的超时）未收到 %1 的完整应答；已收到 %3 字节%4</translation>
    </message>
    <message>
        <source>. The server kept answering GET %1: it is busy, not hung; raise --timeout or lower --concurrency</source>
        <translation>。服务器仍在响应 GET %1：它只是繁忙，并未挂起；请提高 --timeout 或降低 --concurrency</translation>
    </message>
    <message>
        <source>%1 broke off the answer after %2 bytes (%3)</source>
        <translation>%1 在 %2 字节后中断了应答（%3）</translation>
    </message>
    <message>
        <source>the response is not valid UTF-8 (%1 bytes)</source>
        <translation>响应不是有效的 UTF-8（%1 字节）</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1 at byte %2 of %3); the server may have cut it short</source>
        <translation>响应不是有效的 JSON（%1，位于第 %2 / %3 字节）；服务器可能截断了响应</translation>
    </message>
    <message>
        <source>the response has no choices; the server said: %1</source>
        <translation>响应中没有 choices；服务器返回：%1</translation>
    </message>
    <message>
        <source>the response has no choices</source>
        <translation>响应中没有 choices</translation>
    </message>
    <message>
        <source>the first choice has no text content</source>
        <translation>第一个 choice 没有文本内容</translation>
    </message>
    <message>
        <source> (the time budget of %1 s per request is spent)</source>
        <translation> （每个请求 %1 s 的时间预算已用完）</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 s (Retry-After), longer than %3 s: run the same command again later to resume.</source>
        <translation>%1 要求等待 %2 s（Retry-After），超过 %3 s：请稍后再次运行同一命令以继续。</translation>
    </message>
    <message>
        <source>%1 kept rate-limiting this request%2. Lower --concurrency or wait, then run the same command again to resume.</source>
        <translation>%1 持续对此请求进行速率限制%2。请降低 --concurrency 或稍候，然后再次运行同一命令以继续。</translation>
    </message>
    <message>
        <source>shots: &apos;%1&apos; is not a whole number</source>
        <translation>shots：“%1”不是整数</translation>
    </message>
    <message>
        <source>the run configuration is not a JSON object (%1 at offset %2)</source>
        <translation>运行配置不是 JSON 对象（%1，位于偏移 %2）</translation>
    </message>
    <message>
        <source>backend &apos;%1&apos; is unknown (known: %2)</source>
        <translation>未知的后端“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>the openai backend needs a base URL and a model (--base-url, --model)</source>
        <translation>openai 后端需要基础 URL 和模型（--base-url、--model）</translation>
    </message>
    <message>
        <source>the run has no conditions</source>
        <translation>该运行没有任何条件</translation>
    </message>
    <message>
        <source>slice source &apos;%1&apos; is unknown (known: %2)</source>
        <translation>未知的切片来源“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>view &apos;%1&apos; is unknown (known: %2)</source>
        <translation>未知的视图“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>shots must be between 0 and 32 (got %1)</source>
        <translation>shots 必须介于 0 和 32 之间（实际为 %1）</translation>
    </message>
    <message>
        <source>example pool &apos;%1&apos; is unknown (votek, random)</source>
        <translation>未知的示例池“%1”（votek、random）</translation>
    </message>
    <message>
        <source>evaluation &apos;%1&apos; is unknown (held-out, leave-one-out)</source>
        <translation>未知的评估方式“%1”（held-out、leave-one-out）</translation>
    </message>
    <message>
        <source>retrieval &apos;%1&apos; is unknown (similar, random)</source>
        <translation>未知的检索方式“%1”（similar、random）</translation>
    </message>
    <message>
        <source>concurrency must be between 1 and 256</source>
        <translation>并发数必须介于 1 和 256 之间</translation>
    </message>
    <message>
        <source>image size must be between 32 and 2048 px</source>
        <translation>图像尺寸必须介于 32 和 2048 像素之间</translation>
    </message>
    <message>
        <source>the example pool needs at least one case</source>
        <translation>示例池至少需要一个病例</translation>
    </message>
    <message>
        <source>the stall limit (stall_s) must be between 1 and 3600 s</source>
        <translation>停滞上限（stall_s）必须在 1 到 3600 s 之间</translation>
    </message>
    <message>
        <source>the time budget per request (budget_s) must be at least 1 s</source>
        <translation>每个请求的时间预算（budget_s）必须至少为 1 s</translation>
    </message>
    <message>
        <source>%1.options: expected an array</source>
        <translation>%1.options：应为数组</translation>
    </message>
    <message>
        <source>%1.options[%2]: expected a non-empty string or {&quot;value&quot;: ...}</source>
        <translation>%1.options[%2]：应为非空字符串或 {&quot;value&quot;: ...}</translation>
    </message>
    <message>
        <source>%1.options[%2]: duplicate option &apos;%3&apos;</source>
        <translation>%1.options[%2]：重复的选项“%3”</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1：应为对象</translation>
    </message>
    <message>
        <source>%1: &apos;id&apos; and &apos;prompt&apos; are required strings</source>
        <translation>%1：&apos;id&apos; 和 &apos;prompt&apos; 是必需的字符串</translation>
    </message>
    <message>
        <source>%1.id: &apos;%2&apos; must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1.id：“%2”必须由 1 到 64 个字母、数字、&apos;_&apos; 或 &apos;-&apos; 组成</translation>
    </message>
    <message>
        <source>%1.type: expected &apos;binary&apos;, &apos;single_choice&apos; or &apos;free_text&apos;</source>
        <translation>%1.type：应为 &apos;binary&apos;、&apos;single_choice&apos; 或 &apos;free_text&apos;</translation>
    </message>
    <message>
        <source>%1.answer_from: expected &apos;labels&apos; or &apos;view&apos;</source>
        <translation>%1.answer_from：应为 &apos;labels&apos; 或 &apos;view&apos;</translation>
    </message>
    <message>
        <source>%1.options: a binary question needs exactly two options</source>
        <translation>%1.options：二元问题必须恰好有两个选项</translation>
    </message>
    <message>
        <source>%1.options: a single-choice question needs at least two options</source>
        <translation>%1.options：单选题至少需要两个选项</translation>
    </message>
    <message>
        <source>%1.positive: &apos;%2&apos; is not one of the options</source>
        <translation>%1.positive：“%2”不是选项之一</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the task pack must be a JSON object</source>
        <translation>任务包必须是 JSON 对象</translation>
    </message>
    <message>
        <source>format: expected &quot;%1&quot;</source>
        <translation>format：应为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>format_version: this program reads version %1</source>
        <translation>format_version：本程序读取版本 %1</translation>
    </message>
    <message>
        <source>&apos;name&apos; and &apos;version&apos; are required strings</source>
        <translation>&apos;name&apos; 和 &apos;version&apos; 是必需的字符串</translation>
    </message>
    <message>
        <source>questions: expected a non-empty array</source>
        <translation>questions：应为非空数组</translation>
    </message>
    <message>
        <source>questions[%1].id: duplicate id &apos;%2&apos;</source>
        <translation>questions[%1].id：重复的 ID“%2”</translation>
    </message>
    <message>
        <source>cannot read the task pack %1: %2</source>
        <translation>无法读取任务包 %1：%2</translation>
    </message>
    <message>
        <source>task pack %1: %2</source>
        <translation>任务包 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation>无法创建缓存目录 %1。</translation>
    </message>
    <message>
        <source>The cached volume %1 is missing; import the series again to rebuild it.</source>
        <translation>缓存的容积 %1 缺失；请重新导入该序列以重建。</translation>
    </message>
    <message>
        <source>The cached volume %1 is damaged (%2 bytes, the import wrote %3); import the series again to rebuild it.</source>
        <translation>缓存的体积 %1 已损坏（%2 字节，导入时写入 %3 字节）；请重新导入该序列以重建。</translation>
    </message>
    <message>
        <source>The cached volume %1 is damaged (its checksum differs from the one recorded at import)%2; import the series again to rebuild it.</source>
        <translation>缓存的体积 %1 已损坏（其校验和与导入时记录的不同）%2；请重新导入该序列以重建。</translation>
    </message>
    <message>
        <source> and was moved aside to %1</source>
        <translation>，并已移至 %1</translation>
    </message>
    <message>
        <source>The cached volume %1 is damaged (shorter than its header says); import the series again to rebuild it.</source>
        <translation>缓存的体数据 %1 已损坏（比其文件头声明的短）；请重新导入该序列以重建。</translation>
    </message>
    <message>
        <source>no BitsAllocated in the header</source>
        <translation>文件头中没有 BitsAllocated</translation>
    </message>
    <message>
        <source>BitsAllocated is %1; only 8, 16 or 32 bit pixels can be read</source>
        <translation>BitsAllocated 为 %1；只能读取 8、16 或 32 位像素</translation>
    </message>
    <message>
        <source>BitsStored is %1 with BitsAllocated %2</source>
        <translation>BitsStored 为 %1，而 BitsAllocated 为 %2</translation>
    </message>
    <message>
        <source>HighBit is %1 with BitsAllocated %2</source>
        <translation>HighBit 为 %1，而 BitsAllocated 为 %2</translation>
    </message>
    <message>
        <source>pixel data is %1 bytes, but Rows %2 × Columns %3 × %4 frames × BitsAllocated %5 need %6 bytes</source>
        <translation>像素数据为 %1 字节，但 Rows %2 × Columns %3 × %4 帧 × BitsAllocated %5 需要 %6 字节</translation>
    </message>
    <message>
        <source>image object without pixel data (no PixelData element): nothing to import</source>
        <translation>图像对象没有像素数据（无 PixelData 元素）：没有可导入的内容</translation>
    </message>
    <message>
        <source>image of %1 × %2 pixels (Rows / Columns 0 or missing)</source>
        <translation>图像为 %1 × %2 像素（Rows / Columns 为 0 或缺失）</translation>
    </message>
    <message>
        <source>colour image (%1 samples per pixel, %2); only greyscale images are imported</source>
        <translation>彩色图像（每像素 %1 个样本，%2）；仅导入灰度图像</translation>
    </message>
    <message>
        <source>image of %1 × %2 pixels × %3 frames is far too large (damaged header?)</source>
        <translation>%1 × %2 像素 × %3 帧的图像过大（文件头损坏？）</translation>
    </message>
    <message>
        <source>truncated file: pixel data missing</source>
        <translation>文件被截断：缺少像素数据</translation>
    </message>
    <message>
        <source>truncated file: pixel data ends %1 bytes past the end of the file</source>
        <translation>文件被截断：像素数据超出文件末尾 %1 字节</translation>
    </message>
    <message>
        <source>DICOMDIR index (used to locate files)</source>
        <translation>DICOMDIR 索引（用于定位文件）</translation>
    </message>
    <message>
        <source>not a DICOM file (no DICOM header found)</source>
        <translation>不是 DICOM 文件（未找到 DICOM 头）</translation>
    </message>
    <message>
        <source>not an image: %1</source>
        <translation>不是图像：%1</translation>
    </message>
    <message>
        <source>no SOPInstanceUID in the header</source>
        <translation>文件头中没有 SOPInstanceUID</translation>
    </message>
    <message>
        <source>no SeriesInstanceUID in the header</source>
        <translation>文件头中没有 SeriesInstanceUID</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <source>truncated or damaged DICOM file (the header could not be read)</source>
        <translation>DICOM 文件被截断或已损坏（无法读取文件头）</translation>
    </message>
    <message>
        <source>not a DICOM file</source>
        <translation>不是 DICOM 文件</translation>
    </message>
    <message>
        <source>deflated DICOM file that GDCM could not inflate</source>
        <translation>GDCM 无法解压的 Deflate 压缩 DICOM 文件</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>truncated file: %1</source>
        <translation>文件被截断：%1</translation>
    </message>
    <message>
        <source>damaged DICOM file: %1</source>
        <translation>DICOM 文件已损坏：%1</translation>
    </message>
    <message>
        <source>unreadable DICOM file (%1)</source>
        <translation>无法读取的 DICOM 文件（%1）</translation>
    </message>
    <message>
        <source>%1 (GDCM: %2)</source>
        <translation>%1（GDCM：%2）</translation>
    </message>
    <message>
        <source>Reading DICOM headers (%1 of %2)</source>
        <translation>正在读取 DICOM 文件头（%1 / %2）</translation>
    </message>
    <message>
        <source>duplicate of %1 (same SOPInstanceUID, other series)</source>
        <translation>%1 的重复文件（SOPInstanceUID 相同，序列不同）</translation>
    </message>
    <message>
        <source>DICOM headers read</source>
        <translation>DICOM 文件头已读取</translation>
    </message>
    <message>
        <source>the volume is empty</source>
        <translation>容积为空</translation>
    </message>
    <message>
        <source>only integer values in the int16 range can be written as DICOM</source>
        <translation>只有 int16 范围内的整数值才能写为 DICOM</translation>
    </message>
    <message>
        <source>the study, series, frame of reference and SOP instance UIDs must be given</source>
        <translation>必须提供检查、序列、参考坐标系和 SOP 实例的 UID</translation>
    </message>
    <message>
        <source>GDCM could not encode the pixels as %1</source>
        <translation>GDCM 无法将像素编码为 %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>the header could not be read again</source>
        <translation>无法再次读取文件头</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>unknown orientation</source>
        <translation>方位未知</translation>
    </message>
    <message>
        <source>oblique</source>
        <translation>斜位</translation>
    </message>
    <message>
        <source>image size %1</source>
        <translation>图像尺寸 %1</translation>
    </message>
    <message>
        <source>localizer</source>
        <translation>定位像</translation>
    </message>
    <message>
        <source>not localizer</source>
        <translation>非定位像</translation>
    </message>
    <message>
        <source>echo time %1 ms</source>
        <translation>回波时间 %1 ms</translation>
    </message>
    <message>
        <source>b = %1 s/mm²</source>
        <translation>b = %1 s/mm²</translation>
    </message>
    <message>
        <source>acquisition %1</source>
        <translation>采集 %1</translation>
    </message>
    <message>
        <source>DICOM Segmentation (SEG)</source>
        <translation>DICOM 分割（SEG）</translation>
    </message>
    <message>
        <source>surface segmentation</source>
        <translation>表面分割</translation>
    </message>
    <message>
        <source>spatial registration</source>
        <translation>空间配准</translation>
    </message>
    <message>
        <source>deformable spatial registration</source>
        <translation>可变形空间配准</translation>
    </message>
    <message>
        <source>spatial fiducials</source>
        <translation>空间基准标记</translation>
    </message>
    <message>
        <source>raw data object</source>
        <translation>原始数据对象</translation>
    </message>
    <message>
        <source>key object selection (KOS)</source>
        <translation>关键对象选择（KOS）</translation>
    </message>
    <message>
        <source>structured report (SR)</source>
        <translation>结构化报告（SR）</translation>
    </message>
    <message>
        <source>presentation state</source>
        <translation>显示状态</translation>
    </message>
    <message>
        <source>waveform</source>
        <translation>波形</translation>
    </message>
    <message>
        <source>encapsulated document</source>
        <translation>封装文档</translation>
    </message>
    <message>
        <source>RT structure set</source>
        <translation>RT 结构集</translation>
    </message>
    <message>
        <source>RT plan</source>
        <translation>RT 计划</translation>
    </message>
    <message>
        <source>parametric map</source>
        <translation>参数图</translation>
    </message>
    <message>
        <source>colour palette</source>
        <translation>调色板</translation>
    </message>
    <message>
        <source>hanging protocol</source>
        <translation>挂片协议</translation>
    </message>
    <message>
        <source>%1, not an image slice</source>
        <translation>%1，不是图像切片</translation>
    </message>
    <message>
        <source>image size %1×%2 differs from the series (%3×%4)</source>
        <translation>图像尺寸 %1×%2 与序列不一致（%3×%4）</translation>
    </message>
    <message>
        <source>same slice position as another image of the series; not used (at a repeated position the lowest instance number is kept)</source>
        <translation>与该序列中另一图像的切片位置相同；未使用（位置重复时保留实例号最小者）</translation>
    </message>
    <message>
        <source>%1 slices repeat the position of another slice and were left out (the lowest instance number at each position is kept)</source>
        <translation>%1 张切片与其他切片位置重复，已排除（每个位置保留实例号最小者）</translation>
    </message>
    <message>
        <source>%1: left out, its place in the stack is unknown</source>
        <translation>%1：已排除，其在堆叠中的位置未知</translation>
    </message>
    <message>
        <source>%1: %2 of %3 frames left out (%4)</source>
        <translation>%1：%3 帧中有 %2 帧已排除（%4）</translation>
    </message>
    <message>
        <source>%1 slices without a usable ImagePositionPatient (missing or NaN) were left out</source>
        <translation>%1 张没有可用 ImagePositionPatient（缺失或为 NaN）的切片已排除</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 and %2 more files: %3</source>
        <translation>%1 及另外 %2 个文件：%3</translation>
    </message>
    <message>
        <source>Decoding slices (%1 of %2)</source>
        <translation>正在解码切片（%1 / %2）</translation>
    </message>
    <message>
        <source>the series has no images</source>
        <translation>该序列没有图像</translation>
    </message>
    <message>
        <source>no slice of the series could be decoded</source>
        <translation>该序列中没有任何切片能被解码</translation>
    </message>
    <message>
        <source>no slice of the series could be used</source>
        <translation>该序列中没有任何切片可用</translation>
    </message>
    <message>
        <source>Series assembled</source>
        <translation>序列已组装</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>带引号的字段未闭合</translation>
    </message>
    <message>
        <source>text after a closing quote (a quote inside a field must be doubled)</source>
        <translation>闭合引号后还有文本（字段内的引号必须写成两个）</translation>
    </message>
    <message>
        <source>%1: no header row</source>
        <translation>%1：没有表头行</translation>
    </message>
    <message>
        <source>%1: header row: %2</source>
        <translation>%1：表头行：%2</translation>
    </message>
    <message>
        <source>%1: missing column &apos;%2&apos;</source>
        <translation>%1：缺少列“%2”</translation>
    </message>
    <message>
        <source>missing column &apos;%1&apos;</source>
        <translation>缺少列“%1”</translation>
    </message>
    <message>
        <source>%1 row %2 (line %3): %4</source>
        <translation>%1 第 %2 行（文本第 %3 行）：%4</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1 line %2: column &apos;%3&apos; holds the control character %4; the row is refused (remove it, or re-export the file as plain text)</source>
        <translation>%1 文本第 %2 行：列“%3”含有控制字符 %4；该行被拒绝（请删除该字符，或将文件重新导出为纯文本）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list file names</source>
        <translation>“%1”必须列出文件名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>“%1”不存在</translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation>%1：无法打开（%2）</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1：不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: no &quot;format&quot;</source>
        <translation>%1：没有 &quot;format&quot;</translation>
    </message>
    <message>
        <source>%1: unknown format &apos;%2&apos; (expected &apos;%3&apos;)</source>
        <translation>%1：未知格式“%2”（应为“%3”）</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; must be an integer</source>
        <translation>%1：&quot;version&quot; 必须是整数</translation>
    </message>
    <message>
        <source>%1: version %2 is not supported (this program reads up to %3)</source>
        <translation>%1：不支持版本 %2（本程序最高读取 %3）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array</source>
        <translation>%1：&quot;%2&quot; 必须是数组</translation>
    </message>
    <message>
        <source>%1 entry %2: %3</source>
        <translation>%1 第 %2 项：%3</translation>
    </message>
    <message>
        <source>empty &apos;%1&apos;</source>
        <translation>“%1”为空</translation>
    </message>
    <message>
        <source>neither accession_number nor patient_id is given</source>
        <translation>既未提供 accession_number，也未提供 patient_id</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (report, ehr or demographics)</source>
        <translation>未知类型“%1”（report、ehr 或 demographics）</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (axial, coronal or sagittal)</source>
        <translation>未知视图“%1”（axial、coronal 或 sagittal）</translation>
    </message>
    <message>
        <source>index &apos;%1&apos; is not a slice number</source>
        <translation>索引“%1”不是切片编号</translation>
    </message>
    <message>
        <source>position_mm &apos;%1&apos; is not a number</source>
        <translation>position_mm“%1”不是数字</translation>
    </message>
    <message>
        <source>%1: missing column &apos;accession_number&apos; or &apos;patient_id&apos;</source>
        <translation>%1：缺少列 &apos;accession_number&apos; 或 &apos;patient_id&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds the control character %2; the entry is refused</source>
        <translation>“%1”含有控制字符 %2；该条目被拒绝</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>missing &apos;%1&apos;</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: no byte-order mark; read as UTF-16 %2 from its zero bytes</source>
        <translation>%1：没有字节顺序标记；根据零字节按 UTF-16 %2 读取</translation>
    </message>
    <message>
        <source>%1 line %2: byte 0x%3 is neither UTF-8 nor Windows-1252; save the file as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again</source>
        <translation>%1 文本第 %2 行：字节 0x%3 既不是 UTF-8 也不是 Windows-1252；请将文件另存为 UTF-8（在电子表格中选择“CSV UTF-8”）后重新导入</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 (first at line %2); read as Windows-1252 (Western European). Check accented names; save the file as UTF-8 to be sure</source>
        <translation>%1 不是 UTF-8（首次出现在文本第 %2 行）；已按 Windows-1252（西欧）读取。请检查带重音符号的名称；为确保无误，请将文件另存为 UTF-8</translation>
    </message>
    <message>
        <source>NUL (%1)</source>
        <translation>NUL（%1）</translation>
    </message>
    <message>
        <source>cannot write the key object selection (%1): %2</source>
        <translation>无法写入关键对象选择（%1）：%2</translation>
    </message>
    <message>
        <source>cannot write a key object selection without images</source>
        <translation>没有图像，无法写入关键对象选择</translation>
    </message>
    <message>
        <source>the key images belong to more than one study</source>
        <translation>关键图像属于多个检查</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1：未找到文件</translation>
    </message>
    <message>
        <source>%1: not a readable NIfTI file (bad header or truncated data)</source>
        <translation>%1：不是可读的 NIfTI 文件（文件头错误或数据被截断）</translation>
    </message>
    <message>
        <source>%1: invalid image dimensions</source>
        <translation>%1：图像尺寸无效</translation>
    </message>
    <message>
        <source>%1: unsupported NIfTI data type %2</source>
        <translation>%1：不支持的 NIfTI 数据类型 %2</translation>
    </message>
    <message>
        <source>%1: nothing to write (empty volume)</source>
        <translation>%1：没有可写入的内容（容积为空）</translation>
    </message>
    <message>
        <source>%1: could not create the NIfTI header</source>
        <translation>%1：无法创建 NIfTI 文件头</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1：内存不足</translation>
    </message>
    <message>
        <source>%1: invalid file name for NIfTI</source>
        <translation>%1：NIfTI 文件名无效</translation>
    </message>
    <message>
        <source>%1: writing failed (disk full or not writable?)</source>
        <translation>%1：写入失败（磁盘已满或不可写？）</translation>
    </message>
    <message>
        <source>%1: could not move the written file into place: %2</source>
        <translation>%1：无法将已写入的文件移动到目标位置：%2</translation>
    </message>
    <message>
        <source>%1: no regions found</source>
        <translation>%1：未找到任何区域</translation>
    </message>
    <message>
        <source>The number of cases must be at least 1.</source>
        <translation>病例数至少为 1。</translation>
    </message>
    <message>
        <source>The resolution must be 1 or 2 mm.</source>
        <translation>分辨率必须为 1 或 2 mm。</translation>
    </message>
    <message>
        <source>The lesion share must be between 0 and 1.</source>
        <translation>病灶比例必须介于 0 和 1 之间。</translation>
    </message>
    <message>
        <source>No output folder given.</source>
        <translation>未指定输出目录。</translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>无法创建输出目录 %1。</translation>
    </message>
    <message>
        <source>Reading the Colin27 and AAL templates</source>
        <translation>正在读取 Colin27 和 AAL 模板</translation>
    </message>
    <message>
        <source>Phantom dataset written to %1</source>
        <translation>体模数据集已写入 %1</translation>
    </message>
    <message>
        <source>%1: cannot create folder</source>
        <translation>%1：无法创建目录</translation>
    </message>
    <message>
        <source>%1: the lesion mask does not match the series</source>
        <translation>%1：病灶掩膜与序列不匹配</translation>
    </message>
    <message>
        <source>Cannot read the Colin27 / AAL templates in %1 (package mricron-data): %2</source>
        <translation>无法读取 %1 中的 Colin27 / AAL 模板（软件包 mricron-data）：%2</translation>
    </message>
    <message>
        <source>The templates in %1 are not on the same grid</source>
        <translation>%1 中的模板不在同一网格上</translation>
    </message>
    <message>
        <source>the segmentation has frames of %1 × %2 pixels, the images %3 × %4</source>
        <translation>分割的帧为 %1 × %2 像素，图像为 %3 × %4</translation>
    </message>
    <message>
        <source>the segmentation was drawn in another orientation than the images (no resampling is done)</source>
        <translation>分割与图像的方向不同（不做重采样）</translation>
    </message>
    <message>
        <source>the segmentation has a pixel spacing of %1 × %2 mm, the images %3 × %4 mm</source>
        <translation>分割的像素间距为 %1 × %2 mm，图像为 %3 × %4 mm</translation>
    </message>
    <message>
        <source>the image grid is empty</source>
        <translation>图像网格为空</translation>
    </message>
    <message>
        <source>none of the %1 frames of the segmentation lies on a slice of the images</source>
        <translation>分割的 %1 个帧都不在图像的切片上</translation>
    </message>
    <message>
        <source>%1 frame(s) lie off the image slices and were left out (frame %2)</source>
        <translation>%1 个帧不在图像切片上，已略去（帧 %2）</translation>
    </message>
    <message>
        <source>segments overlap in %1 voxel(s); the higher segment number was kept</source>
        <translation>分段在 %1 个体素中重叠；保留较大的分段编号</translation>
    </message>
    <message>
        <source>%1: cannot read the segmentation: %2</source>
        <translation>%1：无法读取分割：%2</translation>
    </message>
    <message>
        <source>%1: the segmentation has %2 rows, %3 columns and %4 frames</source>
        <translation>%1：分割有 %2 行、%3 列和 %4 帧</translation>
    </message>
    <message>
        <source>%1: unknown segmentation type &quot;%2&quot;</source>
        <translation>%1：未知的分割类型“%2”</translation>
    </message>
    <message>
        <source>%1: the header declares %2 frames of %3 × %4 pixels (%5 bytes), far more than a file of %6 bytes can hold</source>
        <translation>%1：头部声明了 %2 个 %3 × %4 像素的帧（%5 字节），远超 %6 字节的文件所能容纳</translation>
    </message>
    <message>
        <source>%1: the segmentation has no pixel data</source>
        <translation>%1：分割没有像素数据</translation>
    </message>
    <message>
        <source>%1: the pixel data holds %2 bytes, %3 frames need %4 (file cut short?)</source>
        <translation>%1：像素数据为 %2 字节，%3 个帧需要 %4 字节（文件被截断？）</translation>
    </message>
    <message>
        <source>%1 is not a DICOM Segmentation (SOP class &quot;%2&quot;, modality &quot;%3&quot;)</source>
        <translation>%1 不是 DICOM 分割（SOP 类“%2”，模态“%3”）</translation>
    </message>
    <message>
        <source>%1: the segmentation has no segments</source>
        <translation>%1：分割没有分段</translation>
    </message>
    <message>
        <source>cannot write the segmentation (%1): %2</source>
        <translation>无法写入分割（%1）：%2</translation>
    </message>
    <message>
        <source>cannot write a segmentation: the label map is empty or not Int16</source>
        <translation>无法写入分割：标签图为空或不是 Int16</translation>
    </message>
    <message>
        <source>cannot write a segmentation: slices of %1 × %2 are too large</source>
        <translation>无法写入分割：%1 × %2 的切片过大</translation>
    </message>
    <message>
        <source>cannot write a segmentation without segments</source>
        <translation>无法写入没有分段的分割</translation>
    </message>
    <message>
        <source>cannot write a segmentation: %1 image references for %2 slices</source>
        <translation>无法写入分割：%2 个切片对应 %1 个图像引用</translation>
    </message>
    <message>
        <source>cannot write a segmentation without study, series, frame of reference and instance UIDs</source>
        <translation>缺少检查、序列、参考坐标系和实例 UID，无法写入分割</translation>
    </message>
    <message>
        <source>cannot write a segmentation: no voxel of the label map belongs to a segment</source>
        <translation>无法写入分割：标签图中没有体素属于任何分段</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <source>a DICOMDIR (it names the original files); not copied</source>
        <translation>DICOMDIR（其中列出原始文件）；未复制</translation>
    </message>
    <message>
        <source>BurnedInAnnotation is YES: the pixels may show identifying text, which header cleaning cannot remove</source>
        <translation>BurnedInAnnotation 为 YES：像素中可能含有可识别身份的文字，清理文件头无法去除</translation>
    </message>
    <message>
        <source>the file ends inside its pixel data (truncated)</source>
        <translation>文件在像素数据内部结束（已截断）</translation>
    </message>
    <message>
        <source>the file has no SOP Instance UID</source>
        <translation>该文件没有 SOP Instance UID</translation>
    </message>
    <message>
        <source>GDCM cannot read this DICOM file</source>
        <translation>GDCM 无法读取此 DICOM 文件</translation>
    </message>
    <message>
        <source>Cohen</source>
        <translation>Cohen</translation>
    </message>
    <message>
        <source>Fleiss</source>
        <translation>Fleiss</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>not defined (one rater)</source>
        <translation>未定义（仅一名阅片者）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Raters: %1. Intervals: 95 %, bootstrap over cases; figures from fewer than %2 cases are not defined.&lt;/p&gt;</source>
        <translation>&lt;p&gt;阅片者：%1。区间：95 %，对病例进行 Bootstrap 重抽样；少于 %2 个病例的数值不予定义。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;View&lt;/th&gt;&lt;th&gt;median |Δ| mm&lt;/th&gt;&lt;th&gt;within %1 mm&lt;/th&gt;&lt;th&gt;cases&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;视图&lt;/th&gt;&lt;th&gt;中位数 |Δ| mm&lt;/th&gt;&lt;th&gt;%1 mm 以内&lt;/th&gt;&lt;th&gt;病例数&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;/table&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;Question&lt;/th&gt;&lt;th&gt;κ&lt;/th&gt;&lt;th&gt;method&lt;/th&gt;&lt;th&gt;raters&lt;/th&gt;&lt;th&gt;cases&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;/table&gt;&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;th align=left&gt;问题&lt;/th&gt;&lt;th&gt;κ&lt;/th&gt;&lt;th&gt;方法&lt;/th&gt;&lt;th&gt;阅片者&lt;/th&gt;&lt;th&gt;病例数&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>not defined (n = %1 &lt; %2)</source>
        <translation>未定义（n = %1 &lt; %2）</translation>
    </message>
    <message>
        <source>not defined (one category)</source>
        <translation>未定义（仅一个类别）</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2–%3）</translation>
    </message>
    <message>
        <source>%1 %2 mm</source>
        <translation>%1 %2 mm</translation>
    </message>
    <message>
        <source>Finding the centre slices</source>
        <translation>正在确定中间切片</translation>
    </message>
    <message>
        <source>Clustering patches</source>
        <translation>正在对图像块聚类</translation>
    </message>
    <message>
        <source>Unknown embedder: %1</source>
        <translation>未知的嵌入方法：%1</translation>
    </message>
    <message>
        <source>Estimating eps</source>
        <translation>正在估计 eps</translation>
    </message>
    <message>
        <source>Selecting patches</source>
        <translation>正在选择图像块</translation>
    </message>
    <message>
        <source>Building the neighbour graph</source>
        <translation>正在构建近邻图</translation>
    </message>
    <message>
        <source>Cutting patches</source>
        <translation>正在切分图像块</translation>
    </message>
    <message>
        <source>Fitting PCA</source>
        <translation>正在拟合 PCA</translation>
    </message>
    <message>
        <source>Drawing random slices</source>
        <translation>正在随机抽取切片</translation>
    </message>
    <message>
        <source>The volume is empty.</source>
        <translation>容积为空。</translation>
    </message>
    <message>
        <source>The volume must be reoriented to RAS axes before slice selection.</source>
        <translation>在选择切片之前，必须先将容积重定向到 RAS 轴。</translation>
    </message>
    <message>
        <source>Training the VAE</source>
        <translation>正在训练 VAE</translation>
    </message>
    <message>
        <source>The VAE has not been trained.</source>
        <translation>VAE 尚未训练。</translation>
    </message>
    <message>
        <source>Cannot write the VAE weights file.</source>
        <translation>无法写入 VAE 权重文件。</translation>
    </message>
    <message>
        <source>Cannot open the VAE weights file.</source>
        <translation>无法打开 VAE 权重文件。</translation>
    </message>
    <message>
        <source>Not a VAE weights file.</source>
        <translation>不是 VAE 权重文件。</translation>
    </message>
    <message>
        <source>Unsupported VAE weights file version.</source>
        <translation>不支持的 VAE 权重文件版本。</translation>
    </message>
    <message>
        <source>The VAE weights file is damaged.</source>
        <translation>VAE 权重文件已损坏。</translation>
    </message>
    <message>
        <source>The VAE weights file is truncated.</source>
        <translation>VAE 权重文件被截断。</translation>
    </message>
    <message>
        <source>The embedder&apos;s weights were trained on patches of another size.</source>
        <translation>该嵌入模型的权重是用其他尺寸的图像块训练的。</translation>
    </message>
    <message>
        <source>Invalid slice selection parameters.</source>
        <translation>切片选择参数无效。</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Reader agreement</source>
        <translation>阅片者一致性</translation>
    </message>
    <message numerus="yes">
        <source>%n case selection(s) changed since this run started; the run keeps showing the slices it was started with</source>
        <translation>
            <numerusform>自本次运行开始以来，有 %n 个病例的层面选择发生了变化；本次运行仍显示开始时的层面</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no run %1 (see &apos;brainmd bench list&apos;)</source>
        <translation>不存在运行 %1（参见 &apos;brainmd bench list&apos;）</translation>
    </message>
    <message>
        <source>no case with accession number %1</source>
        <translation>没有检查号为 %1 的病例</translation>
    </message>
    <message>
        <source>no case for the patient id given</source>
        <translation>没有与所给患者 ID 对应的病例</translation>
    </message>
    <message>
        <source>the row has neither an accession number nor a patient id</source>
        <translation>该行既没有检查号也没有患者 ID</translation>
    </message>
    <message>
        <source>the input folder %1 does not exist</source>
        <translation>输入文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>the output folder must lie outside the input folder and not contain it</source>
        <translation>输出文件夹必须位于输入文件夹之外，且不得包含输入文件夹</translation>
    </message>
    <message>
        <source>the map file must lie outside the output folder: it leads back to the patients</source>
        <translation>映射文件必须位于输出文件夹之外：它可追溯到患者</translation>
    </message>
    <message>
        <source>the key must hold at least %1 bytes</source>
        <translation>密钥必须至少包含 %1 个字节</translation>
    </message>
    <message>
        <source>%1: the same instance (SOP Instance UID) as an earlier file; one copy kept</source>
        <translation>%1：与之前的文件是同一实例（SOP Instance UID）；只保留一份</translation>
    </message>
    <message>
        <source>%1: removed %2, which held identifiers of the header</source>
        <translation>%1：已删除 %2，因其含有文件头中的标识符</translation>
    </message>
    <message>
        <source>cannot write the map %1: %2</source>
        <translation>无法写入映射表 %1：%2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>De-identifying</source>
        <translation>正在去标识化</translation>
    </message>
    <message>
        <source>selection %1 not found</source>
        <translation>未找到选择结果 %1</translation>
    </message>
    <message>
        <source>Thumbnails</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>%1 files: %2 new, %3 unchanged, %4 unusable. Series: %5 imported, %6 updated, %7 skipped. %8 cases created. Linked: %9 documents, %10 labels, %11 reference slices.</source>
        <translation>%1 个文件：%2 个新文件，%3 个未变化，%4 个不可用。序列：%5 个已导入，%6 个已更新，%7 个已跳过。已创建 %8 个病例。已关联：%9 份文档、%10 个标签、%11 张参考切片。</translation>
    </message>
    <message>
        <source>Lesion masks (DICOM SEG) linked: %1.</source>
        <translation>已关联病灶掩膜（DICOM SEG）：%1。</translation>
    </message>
    <message>
        <source>%1 problems, %2 unmatched rows.</source>
        <translation>%1 个问题，%2 行未匹配。</translation>
    </message>
    <message>
        <source>Cancelled; the series imported so far are kept.</source>
        <translation>已取消；已导入的序列会保留。</translation>
    </message>
    <message>
        <source>a leaderboard compares at least two different runs</source>
        <translation>排行榜至少比较两个不同的运行</translation>
    </message>
    <message>
        <source>the reference run %1 is not among the compared runs</source>
        <translation>参考运行 %1 不在所比较的运行中</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message>
        <source>row %1: %2 slice %3 does not exist in case %4, which has %5 %2 slices (0 to %6); the row is refused</source>
        <translation>第 %1 行：病例 %4 中不存在 %2 层面 %3，该病例共有 %5 个 %2 层面（0 至 %6）；该行被拒绝</translation>
    </message>
    <message>
        <source>%1: the %2 slice is reformatted across the acquired images, so a key object cannot flag it</source>
        <translation>%1：%2切片是跨采集图像重建的，因此关键对象无法标记它</translation>
    </message>
    <message>
        <source>Representative slices (%1) chosen by %2; exported by BrainMD</source>
        <translation>代表性切片（%1），由 %2 选择；由 BrainMD 导出</translation>
    </message>
    <message>
        <source>BrainMD key images (%1)</source>
        <translation>BrainMD 关键图像（%1）</translation>
    </message>
    <message>
        <source>%1: cannot create %2</source>
        <translation>%1：无法创建 %2</translation>
    </message>
    <message>
        <source>slice %1 is outside the volume</source>
        <translation>切片 %1 超出容积范围</translation>
    </message>
    <message>
        <source>%1 has no chosen slices for these cases</source>
        <translation>%1 没有为这些病例选择切片</translation>
    </message>
    <message>
        <source>no label source &apos;%1&apos; (imported: %2; also consensus, reader:NAME, phantom)</source>
        <translation>没有标签来源“%1”（已导入：%2；另有 consensus、reader:NAME、phantom）</translation>
    </message>
    <message>
        <source>label source &apos;%1&apos; (%2)</source>
        <translation>标签来源“%1”（%2）</translation>
    </message>
    <message>
        <source>answers of reader &apos;%1&apos;</source>
        <translation>阅片者“%1”的回答</translation>
    </message>
    <message>
        <source>reader &apos;%1&apos; has answered no question</source>
        <translation>阅片者“%1”未回答任何问题</translation>
    </message>
    <message>
        <source>consensus of the readers</source>
        <translation>阅片者共识</translation>
    </message>
    <message>
        <source>case %1, %2: readers disagree (%3); left out</source>
        <translation>病例 %1，%2：阅片者意见不一致（%3）；已排除</translation>
    </message>
    <message>
        <source>no stored Vote-MI selection; run &apos;brainmd select --db FILE --method votemi&apos; first</source>
        <translation>没有已保存的 Vote-MI 选择结果；请先运行 &apos;brainmd select --db 文件 --method votemi&apos;</translation>
    </message>
    <message>
        <source>unknown slice source &apos;%1&apos;</source>
        <translation>未知的切片来源“%1”</translation>
    </message>
    <message>
        <source>no reader marks and no imported reference slices</source>
        <translation>没有阅片者标记，也没有导入的参考切片</translation>
    </message>
    <message>
        <source>no %1 slice in &apos;%2&apos;</source>
        <translation>“%2”中没有%1切片</translation>
    </message>
    <message>
        <source>the volume of case %1 cannot be read</source>
        <translation>无法读取病例 %1 的容积</translation>
    </message>
    <message>
        <source>task %1 does not belong to this run&apos;s plan</source>
        <translation>任务 %1 不属于本次运行的计划</translation>
    </message>
    <message>
        <source>cannot take the lease on run %1: %2</source>
        <translation>无法获取运行 %1 的租约：%2</translation>
    </message>
    <message>
        <source>the lease on run %1 changed hands while it was being taken; try again</source>
        <translation>获取运行 %1 的租约期间，租约已转归他人；请重试</translation>
    </message>
    <message>
        <source>run %1 is being executed by another process (process %2 on %3, holder %4) since %5; its lease expires at %6 unless that process renews it. Wait until it has finished, or stop it; nothing is sent twice.</source>
        <translation>运行 %1 自 %5 起正由另一进程执行（%3 上的进程 %2，持有者 %4）；除非该进程续约，其租约将于 %6 到期。请等待其完成或将其停止；不会重复发送任何内容。</translation>
    </message>
    <message>
        <source>there is no run %1 to resume</source>
        <translation>不存在可继续的运行 %1</translation>
    </message>
    <message>
        <source>cannot create the run: %1</source>
        <translation>无法创建运行：%1</translation>
    </message>
    <message>
        <source>the run&apos;s lease was lost while planning; another process may execute it now</source>
        <translation>规划期间丢失了该运行的租约；现在可能有另一进程在执行它</translation>
    </message>
    <message>
        <source>the run&apos;s lease was lost; another process may execute it now</source>
        <translation>该运行的租约已丢失；现在可能有另一进程在执行它</translation>
    </message>
    <message>
        <source>paused by the user</source>
        <translation>已被用户暂停</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>已被用户停止</translation>
    </message>
    <message>
        <source>Phantom case %1 of %2</source>
        <translation>体模病例 %1 / %2</translation>
    </message>
    <message>
        <source>the lease on run %1 was lost (it expired and another process may have taken the run over, or the database failed); this process stopped sending</source>
        <translation>运行 %1 的租约已丢失（租约已过期，可能已被另一进程接管，或数据库出错）；本进程已停止发送</translation>
    </message>
    <message>
        <source>%1 of %2 requests</source>
        <translation>%1 / %2 个请求</translation>
    </message>
    <message>
        <source>waiting %1 s: %2 (%3)</source>
        <translation>等待 %1 s：%2（%3）</translation>
    </message>
    <message>
        <source>the helper brainmd-decoder was not found (set BRAINMD_DECODER) or is switched off; files are de-identified in-process, a library abort would end the run</source>
        <translation>未找到辅助程序 brainmd-decoder（请设置 BRAINMD_DECODER）或已关闭；文件在本进程内去标识化，库异常终止将结束整个运行</translation>
    </message>
    <message>
        <source>the de-identifier did not finish this file in %1 s</source>
        <translation>去标识化程序未能在 %1 秒内完成此文件</translation>
    </message>
    <message>
        <source>the de-identifier stopped on this file</source>
        <translation>去标识化程序在此文件上中止</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the de-identifier answered garbled</source>
        <translation>去标识化程序的应答无法解析</translation>
    </message>
    <message>
        <source>the helper brainmd-decoder was not found (set BRAINMD_DECODER) or is switched off; DICOM SEG files are read in-process, a library crash would end the import</source>
        <translation>未找到辅助程序 brainmd-decoder（请设置 BRAINMD_DECODER）或已被关闭；DICOM SEG 文件在进程内读取，库崩溃将终止导入</translation>
    </message>
    <message>
        <source>the SEG reader (DCMTK) did not finish this file in %1 s</source>
        <translation>SEG 读取器（DCMTK）未能在 %1 秒内处理完此文件</translation>
    </message>
    <message>
        <source>the SEG reader (DCMTK) stopped on this file</source>
        <translation>SEG 读取器（DCMTK）在此文件上中止</translation>
    </message>
    <message>
        <source>the SEG reader answered garbled</source>
        <translation>SEG 读取器的回复已损坏</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the WAL journal could not be enabled</source>
        <translation>无法启用 WAL 日志</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>the backup cannot replace the database itself</source>
        <translation>备份不能覆盖数据库本身</translation>
    </message>
    <message>
        <source>%1 already exists; it was not replaced</source>
        <translation>%1 已存在；未替换</translation>
    </message>
    <message>
        <source>cannot back up %1: %2</source>
        <translation>无法备份 %1：%2</translation>
    </message>
    <message>
        <source>cannot move the backup to %1: %2</source>
        <translation>无法将备份移动到 %1：%2</translation>
    </message>
    <message>
        <source>the file header or schema cannot be read: %1</source>
        <translation>无法读取文件头或模式：%1</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>基准测试</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>no case has a &apos;%1&apos; selection yet; run brainmd select --method %1 first</source>
        <translation>尚无病例有“%1”选择结果；请先运行 brainmd select --method %1</translation>
    </message>
    <message>
        <source>unknown example selection method &apos;%1&apos; (votek, random)</source>
        <translation>未知的示例选择方法“%1”（votek、random）</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Importing series %1 of %2</source>
        <translation>正在导入序列 %1 / %2</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>a file of an imported series can no longer be read (%1); the series is rebuilt without it</source>
        <translation>已导入序列中的某个文件已无法读取（%1）；将在不含该文件的情况下重建序列</translation>
    </message>
    <message>
        <source>Saving series</source>
        <translation>正在保存序列</translation>
    </message>
    <message>
        <source>series &quot;%1&quot; (%2) was not imported: %3</source>
        <translation>序列“%1”（%2）未导入：%3</translation>
    </message>
    <message>
        <source>series &quot;%1&quot; (%2) could not be saved: %3</source>
        <translation>序列“%1”（%2）无法保存：%3</translation>
    </message>
    <message>
        <source>Placing lesion mask %1</source>
        <translation>正在放置病灶掩膜 %1</translation>
    </message>
    <message>
        <source>Linking %1</source>
        <translation>正在关联 %1</translation>
    </message>
    <message>
        <source>%1: task pack %2 cannot be read (%3); answers are not checked against it</source>
        <translation>%1：无法读取任务包 %2（%3）；答案未据此检查</translation>
    </message>
    <message>
        <source>%1: task pack &quot;%2&quot; is neither the built-in pack (%3) nor a file next to the label file; answers are not checked against it</source>
        <translation>%1：任务包“%2”既不是内置任务包（%3），也不是标签文件旁的文件；答案未据此检查</translation>
    </message>
    <message>
        <source>row %1: question &apos;%2&apos; is not in task pack %3 (%4); the row is refused</source>
        <translation>第 %1 行：问题“%2”不在任务包 %3 中（%4）；该行被拒绝</translation>
    </message>
    <message>
        <source>row %1: answer &apos;%2&apos; to %3 is not one of its options (%4); the row is refused</source>
        <translation>第 %1 行：%3 的答案“%2”不是其选项之一（%4）；该行被拒绝</translation>
    </message>
    <message>
        <source>the configured key</source>
        <translation>已配置的密钥</translation>
    </message>
    <message>
        <source>%1 (retry %2)</source>
        <translation>%1（第 %2 次重试）</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>the key file %1 holds fewer than %2 bytes</source>
        <translation>密钥文件 %1 少于 %2 个字节</translation>
    </message>
    <message>
        <source>cannot read the map %1: %2</source>
        <translation>无法读取映射表 %1：%2</translation>
    </message>
    <message>
        <source>%1 exists and is not a pseudonym map; it is left as it is</source>
        <translation>%1 已存在且不是假名映射表；保持原样</translation>
    </message>
    <message>
        <source>the map %1 was written with another key; use that key or another map</source>
        <translation>映射表 %1 是用另一个密钥写入的；请使用该密钥或另一个映射表</translation>
    </message>
    <message>
        <source>DICOM SEG (lesion mask) not used: %1</source>
        <translation>未使用 DICOM SEG（病灶掩膜）：%1</translation>
    </message>
    <message>
        <source>it names no referenced image series (ReferencedSeriesSequence)</source>
        <translation>它未指明所引用的图像序列（ReferencedSeriesSequence）</translation>
    </message>
    <message>
        <source>its image series %1 is not imported; import the series together with the SEG or before it</source>
        <translation>其图像序列 %1 未导入；请将该序列与 SEG 一起或在其之前导入</translation>
    </message>
    <message>
        <source>its label map could not be saved: %1</source>
        <translation>无法保存其标签图：%1</translation>
    </message>
    <message>
        <source>it could not be stored: %1</source>
        <translation>无法存储：%1</translation>
    </message>
    <message>
        <source>DICOM SEG %1</source>
        <translation>DICOM SEG %1</translation>
    </message>
    <message>
        <source>its image series %1 is a single image, not a case</source>
        <translation>其图像序列 %1 是单幅图像，不是病例</translation>
    </message>
    <message>
        <source>it does not fit its image series: %1</source>
        <translation>它与其图像序列不匹配：%1</translation>
    </message>
    <message>
        <source>Mark the current slice of the active view as representative</source>
        <translation>将活动视图的当前切片标记为代表性切片</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>下一个病例</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>上一个病例</translation>
    </message>
    <message>
        <source>Commit my marks for this case (unblinds it)</source>
        <translation>提交我对此病例的标记（将解除盲态）</translation>
    </message>
    <message>
        <source>Skip the case</source>
        <translation>跳过此病例</translation>
    </message>
    <message>
        <source>Postpone the case</source>
        <translation>推迟此病例</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>下一个问题</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>上一个问题</translation>
    </message>
    <message>
        <source>Answer the active question with option %1</source>
        <translation>用选项 %1 回答当前问题</translation>
    </message>
    <message>
        <source>Confidence %1 of 5</source>
        <translation>置信度 %1 / 5</translation>
    </message>
    <message>
        <source>Verify mode: accept the suggested answer</source>
        <translation>核对模式：接受建议答案</translation>
    </message>
    <message>
        <source>Flag poor image quality</source>
        <translation>标记图像质量差</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>填写备注</translation>
    </message>
    <message>
        <source>Undo the last mark or answer</source>
        <translation>撤销上一个标记或回答</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Tool: window / level (left drag)</source>
        <translation>工具：窗宽 / 窗位（按住左键拖动）</translation>
    </message>
    <message>
        <source>Tool: pan (left drag)</source>
        <translation>工具：平移（按住左键拖动）</translation>
    </message>
    <message>
        <source>Tool: zoom (left drag)</source>
        <translation>工具：缩放（按住左键拖动）</translation>
    </message>
    <message>
        <source>Tool: scroll slices (left drag)</source>
        <translation>工具：切片翻页（按住左键拖动）</translation>
    </message>
    <message>
        <source>Tool: ruler (distance in mm)</source>
        <translation>工具：标尺（距离，mm）</translation>
    </message>
    <message>
        <source>Reset window / level</source>
        <translation>重置窗宽 / 窗位</translation>
    </message>
    <message>
        <source>Reset zoom and pan</source>
        <translation>重置缩放和平移</translation>
    </message>
    <message>
        <source>Maximise / restore the view under the mouse</source>
        <translation>最大化/还原鼠标下的视图</translation>
    </message>
    <message>
        <source>Activate the axial view</source>
        <translation>激活轴位视图</translation>
    </message>
    <message>
        <source>Activate the coronal view</source>
        <translation>激活冠状位视图</translation>
    </message>
    <message>
        <source>Activate the sagittal view</source>
        <translation>激活矢状位视图</translation>
    </message>
    <message>
        <source>Show / hide the crosshair</source>
        <translation>显示 / 隐藏十字线</translation>
    </message>
    <message>
        <source>Show / hide other readers&apos; marks</source>
        <translation>显示 / 隐藏其他阅片者的标记</translation>
    </message>
    <message>
        <source>Show / hide Vote-MI and baseline selections</source>
        <translation>显示 / 隐藏 Vote-MI 和基线选择结果</translation>
    </message>
    <message>
        <source>Show / hide the vote profile</source>
        <translation>显示 / 隐藏投票分布</translation>
    </message>
    <message>
        <source>Show / hide the lesion mask</source>
        <translation>显示 / 隐藏病灶掩膜</translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation>显示键盘快捷键</translation>
    </message>
    <message>
        <source>Filter the case list</source>
        <translation>筛选病例列表</translation>
    </message>
    <message>
        <source>the row matches %1 cases (a study with several series); give the case key as accession number</source>
        <translation>该行匹配到 %1 个病例（一个检查含多个序列）；请将病例键作为检查号填写</translation>
    </message>
    <message>
        <source>row %1 gives a second %2 for a case already given one in row %3; the later row is kept</source>
        <translation>第 %1 行为已在第 %3 行指定过的病例再次指定了 %2；以后一行为准</translation>
    </message>
    <message>
        <source>row %1 answers %2 again for a case answered in row %3; the later row is kept</source>
        <translation>第 %1 行再次回答了已在第 %3 行回答过的病例的 %2；以后一行为准</translation>
    </message>
    <message>
        <source>unknown label source kind &quot;%1&quot;</source>
        <translation>未知的标签来源类型“%1”</translation>
    </message>
    <message>
        <source>row %1 gives the %2 slice again for a case given in row %3; the later row is kept</source>
        <translation>第 %1 行再次为已在第 %3 行指定过的病例指定了 %2 切片；以后一行为准</translation>
    </message>
    <message>
        <source>no reader called &apos;%1&apos; in %2</source>
        <translation>%2 中没有名为“%1”的阅片者</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a slice source: use reader:NAME, consensus or method:NAME</source>
        <translation>“%1”不是切片来源：请使用 reader:NAME、consensus 或 method:NAME</translation>
    </message>
    <message>
        <source>Resuming run %1 (%2 predictions stored).
</source>
        <translation>正在继续运行 %1（已保存 %2 个预测）。
</translation>
    </message>
    <message>
        <source>Run %1 created.
</source>
        <translation>已创建运行 %1。
</translation>
    </message>
    <message>
        <source>%1 cases, %2 conditions, %3 requests (%4 already done). Labels: %5.
</source>
        <translation>%1 个病例，%2 个条件，%3 个请求（%4 个已完成）。标签：%5。
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>注意：%1
</translation>
    </message>
    <message>
        <source>API key: %1
</source>
        <translation>API 密钥：%1
</translation>
    </message>
    <message>
        <source>none (no Authorization header)</source>
        <translation>无（不发送 Authorization 头）</translation>
    </message>
    <message>
        <source>note: %1; waiting %2 s
</source>
        <translation>注意：%1；等待 %2 s
</translation>
    </message>
    <message>
        <source>DICOMDIR could not be read</source>
        <translation>无法读取 DICOMDIR</translation>
    </message>
    <message>
        <source>a DICOMDIR record points outside its folder (%1); ignored</source>
        <translation>某条 DICOMDIR 记录指向其所在目录之外（%1）；已忽略</translation>
    </message>
    <message>
        <source>referenced by the DICOMDIR but outside its folder; ignored</source>
        <translation>DICOMDIR 中有引用，但位于其所在目录之外；已忽略</translation>
    </message>
    <message>
        <source>referenced by the DICOMDIR but missing</source>
        <translation>DICOMDIR 中有引用，但文件缺失</translation>
    </message>
    <message>
        <source>file or folder does not exist</source>
        <translation>文件或目录不存在</translation>
    </message>
    <message>
        <source>the file meta information runs past the end of the file</source>
        <translation>文件元信息超出了文件末尾</translation>
    </message>
    <message>
        <source>the file ends after its meta information (no data set)</source>
        <translation>文件在元信息之后即结束（没有数据集）</translation>
    </message>
    <message>
        <source>no transfer syntax (0002,0010) in the file meta information</source>
        <translation>文件元信息中没有传输语法（0002,0010）</translation>
    </message>
    <message>
        <source>the data set is encoded with implicit VR although its transfer syntax says explicit VR</source>
        <translation>数据集采用隐式 VR 编码，而其传输语法声明为显式 VR</translation>
    </message>
    <message>
        <source>%1; a copy with the same SOPInstanceUID (%2) is used instead</source>
        <translation>%1；改用具有相同 SOPInstanceUID 的副本（%2）</translation>
    </message>
    <message>
        <source>duplicate: identical copy of %1 (same SOPInstanceUID); not used</source>
        <translation>重复：%1 的相同副本（SOPInstanceUID 相同）；未使用</translation>
    </message>
    <message>
        <source>duplicate SOPInstanceUID with different pixels than %1; %1 is used (of the copies that decode, the first by path)</source>
        <translation>SOPInstanceUID 重复但像素与 %1 不同；使用 %1（在可解码的副本中按路径取第一个）</translation>
    </message>
    <message>
        <source>ImageOrientationPatient is not a number (%1)</source>
        <translation>ImageOrientationPatient 不是数字（%1）</translation>
    </message>
    <message>
        <source>ImageOrientationPatient %1: orientation vector is zero</source>
        <translation>ImageOrientationPatient %1：方向向量为零</translation>
    </message>
    <message>
        <source>ImageOrientationPatient %1: row and column directions are not perpendicular</source>
        <translation>ImageOrientationPatient %1：行方向与列方向不垂直</translation>
    </message>
    <message>
        <source>ImagePositionPatient is not a number (%1)</source>
        <translation>ImagePositionPatient 不是数字（%1）</translation>
    </message>
    <message>
        <source>no ImagePositionPatient</source>
        <translation>没有 ImagePositionPatient</translation>
    </message>
    <message>
        <source>; 1 mm pixels assumed</source>
        <translation>；按 1 mm 像素处理</translation>
    </message>
    <message>
        <source>PixelSpacing &quot;%1&quot; is not a number</source>
        <translation>PixelSpacing &quot;%1&quot; 不是数字</translation>
    </message>
    <message>
        <source>PixelSpacing has %1 values (%2), two are needed</source>
        <translation>PixelSpacing 有 %1 个值（%2），需要两个</translation>
    </message>
    <message>
        <source>PixelSpacing is %1 (not a positive size)</source>
        <translation>PixelSpacing 为 %1（不是正值）</translation>
    </message>
    <message>
        <source>PixelSpacing is %1 mm (implausibly large)</source>
        <translation>PixelSpacing 为 %1 mm（大得不合理）</translation>
    </message>
    <message>
        <source>RescaleSlope is %1: the stored values cannot be turned into intensities</source>
        <translation>RescaleSlope 为 %1：存储值无法转换为强度值</translation>
    </message>
    <message>
        <source>RescaleIntercept is %1</source>
        <translation>RescaleIntercept 为 %1</translation>
    </message>
    <message>
        <source>GDCM could not read the image</source>
        <translation>GDCM 无法读取该图像</translation>
    </message>
    <message>
        <source>pixel dimensions differ from the header</source>
        <translation>像素尺寸与文件头不一致</translation>
    </message>
    <message>
        <source>not a greyscale image</source>
        <translation>不是灰度图像</translation>
    </message>
    <message>
        <source>corrupt pixel data: GDCM could not decode it (%1)</source>
        <translation>像素数据损坏：GDCM 无法解码（%1）</translation>
    </message>
    <message>
        <source>unsupported pixel format %1</source>
        <translation>不支持的像素格式 %1</translation>
    </message>
    <message>
        <source>corrupt pixel data: %1</source>
        <translation>像素数据损坏：%1</translation>
    </message>
    <message>
        <source>gap of %1 mm between slices %2 and %3 (expected %4 mm); not interpolated</source>
        <translation>切片 %2 与 %3 之间有 %1 mm 的间隙（应为 %4 mm）；未插值</translation>
    </message>
    <message>
        <source>uneven slice spacing: %1 mm between slices %2 and %3 (expected %4 mm)</source>
        <translation>层间距不均匀：切片 %2 与 %3 之间为 %1 mm（应为 %4 mm）</translation>
    </message>
    <message>
        <source>%1 more irregular slice steps</source>
        <translation>另有 %1 处层间距不规则</translation>
    </message>
    <message>
        <source>gantry tilt or sheared grid: slices are stacked %1° off their normal; geometry kept as acquired, not resampled</source>
        <translation>机架倾斜或网格剪切：切片堆叠方向偏离其法线 %1°；几何按采集时保留，未重采样</translation>
    </message>
    <message>
        <source>slice positions are not on a straight line (up to %1 mm off); the geometry is approximate</source>
        <translation>切片位置不在一条直线上（偏差最多 %1 mm）；几何信息为近似值</translation>
    </message>
    <message>
        <source>slices have different orientations; the first is used</source>
        <translation>各切片方向不一致；使用第一张的方向</translation>
    </message>
    <message>
        <source>no ImageOrientationPatient; axial orientation assumed</source>
        <translation>没有 ImageOrientationPatient；按轴位处理</translation>
    </message>
    <message>
        <source>no PixelSpacing; 1 mm pixels assumed</source>
        <translation>没有 PixelSpacing；按 1 mm 像素处理</translation>
    </message>
    <message>
        <source>%1: the slice is placed at the origin (0, 0, 0)</source>
        <translation>%1：该切片被置于原点（0, 0, 0）</translation>
    </message>
    <message>
        <source>no slice has a usable ImagePositionPatient (%1): slices ordered by instance number, %2 mm apart (SliceThickness, else 1 mm); the geometry is assumed</source>
        <translation>没有任何切片具有可用的 ImagePositionPatient（%1）：切片按实例号排序，间距 %2 mm（取 SliceThickness，否则为 1 mm）；几何信息为假定值</translation>
    </message>
    <message>
        <source>single slice: a 2D image (1 slice)</source>
        <translation>单层：二维图像（1 张切片）</translation>
    </message>
    <message>
        <source>pixels decoded in-process (BRAINMD_DECODE_INPROCESS=1): a library abort would end the import</source>
        <translation>像素在本进程内解码（BRAINMD_DECODE_INPROCESS=1）：库一旦异常中止将终止导入</translation>
    </message>
    <message>
        <source>the decoder helper %1 was not found (set BRAINMD_DECODER); pixels decoded in-process, a library abort would end the import</source>
        <translation>未找到解码辅助程序 %1（请设置 BRAINMD_DECODER）；像素在本进程内解码，库一旦异常中止将终止导入</translation>
    </message>
    <message>
        <source>%1; pixels decoded in-process</source>
        <translation>%1；像素在本进程内解码</translation>
    </message>
    <message>
        <source>the decoder helper %1 could not be started: %2</source>
        <translation>无法启动解码辅助程序 %1：%2</translation>
    </message>
    <message>
        <source>decoding did not finish within %1 s; the decoder was stopped</source>
        <translation>解码未在 %1 s 内完成；已停止解码器</translation>
    </message>
    <message>
        <source>the pixel decoder (GDCM) aborted on this file (%1)</source>
        <translation>像素解码器（GDCM）在处理此文件时异常中止（%1）</translation>
    </message>
    <message>
        <source>the pixel decoder ended unexpectedly (exit code %1)</source>
        <translation>像素解码器意外退出（退出码 %1）</translation>
    </message>
    <message>
        <source>the decoder&apos;s answer was garbled</source>
        <translation>解码器返回的数据已损坏</translation>
    </message>
    <message>
        <source>the decoder returned %1 bytes, the image needs %2</source>
        <translation>解码器返回 %1 字节，而图像需要 %2 字节</translation>
    </message>
    <message>
        <source>reading the header failed: %1</source>
        <translation>读取文件头失败：%1</translation>
    </message>
    <message>
        <source>%1; headers and pixels read in-process</source>
        <translation>%1；文件头和像素在本进程内读取</translation>
    </message>
    <message>
        <source>an element header runs past the end of the file</source>
        <translation>某个元素头超出了文件末尾</translation>
    </message>
    <message>
        <source>no value representation at %1 (bytes are not an element)</source>
        <translation>%1 处没有值表示（VR）（这些字节不是元素）</translation>
    </message>
    <message>
        <source>unknown value representation %1 at %2</source>
        <translation>%2 处的值表示（VR）%1 未知</translation>
    </message>
    <message>
        <source>%1 is stored as %2; GDCM reads it only as %3</source>
        <translation>%1 以 %2 存储；GDCM 只能将其读取为 %3</translation>
    </message>
    <message>
        <source>%1 (%2) has an undefined length</source>
        <translation>%1（%2）的长度未定义</translation>
    </message>
    <message>
        <source>a sequence holds %1 where an item should be</source>
        <translation>序列中应为条目（item）的位置出现了 %1</translation>
    </message>
    <message>
        <source>damaged RLE segment table in pixel data fragment %1</source>
        <translation>像素数据片段 %1 中的 RLE 段表已损坏</translation>
    </message>
    <message>
        <source>a sequence item or pixel fragment of %1 bytes runs past the end of the file</source>
        <translation>一个 %1 字节的序列条目或像素片段超出了文件末尾</translation>
    </message>
    <message>
        <source>sequences nested deeper than %1 levels</source>
        <translation>序列嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>element %1 of %2 bytes runs past the end of the file</source>
        <translation>%2 字节的元素 %1 超出了文件末尾</translation>
    </message>
    <message>
        <source>frame %1 has no plane orientation (shared or per frame)</source>
        <translation>帧 %1 没有平面方向（共享或逐帧）</translation>
    </message>
    <message>
        <source>frame %1 has an invalid plane orientation</source>
        <translation>帧 %1 的平面方向无效</translation>
    </message>
    <message>
        <source>the frames lie in more than one orientation (frame %1 differs from frame 1)</source>
        <translation>各帧的方向不止一种（帧 %1 与帧 1 不同）</translation>
    </message>
    <message>
        <source>frame %1 has no pixel spacing</source>
        <translation>帧 %1 没有像素间距</translation>
    </message>
    <message>
        <source>the frames have more than one pixel spacing (frame %1 differs from frame 1)</source>
        <translation>各帧的像素间距不止一种（帧 %1 与帧 1 不同）</translation>
    </message>
    <message>
        <source>the pixel data cannot be read or is shorter than its %1 frames</source>
        <translation>像素数据无法读取或短于其 %1 个帧</translation>
    </message>
    <message>
        <source>frame %1 has no plane position</source>
        <translation>帧 %1 没有平面位置</translation>
    </message>
    <message>
        <source>frame %1 refers to no segment of the object</source>
        <translation>帧 %1 未引用该对象的任何分段</translation>
    </message>
</context>
<context>
    <name>brainmd::AdjudicationView</name>
    <message>
        <source>Consensus from the majority</source>
        <translation>按多数意见形成共识</translation>
    </message>
    <message>
        <source>Agreement over all cases</source>
        <translation>所有病例的一致性</translation>
    </message>
    <message>
        <source>Adjudication is closed while you read this case blind: commit the case first.</source>
        <translation>盲法阅读此病例期间无法进行仲裁：请先提交该病例。</translation>
    </message>
    <message>
        <source>Adjudication: open a case</source>
        <translation>仲裁：请打开一个病例</translation>
    </message>
    <message>
        <source>Adjudication of %1 by %2</source>
        <translation>%1 的仲裁（由 %2 执行）</translation>
    </message>
    <message>
        <source>Only an adjudicator who did not read this case sets the consensus (Session ▸ Start reading…, role Adjudicator).</source>
        <translation>只有未阅读过此病例的仲裁者才能确定共识（会话 ▸ 开始阅片…，角色：仲裁者）。</translation>
    </message>
    <message>
        <source>%1 slice</source>
        <translation>%1切片</translation>
    </message>
    <message>
        <source>%1 (pass %2)</source>
        <translation>%1（第 %2 轮）</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Consensus slice (1-based, as in the viewer); readers: %1</source>
        <translation>共识切片（从 1 开始计数，与查看器一致）；阅片者：%1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Agreement over all cases shows once your worklist is read.&lt;/i&gt;</source>
        <translation>&lt;i&gt;您的工作列表全部阅完后，将显示所有病例的一致性。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>brainmd::AnnotationPanel</name>
    <message>
        <source>Poor image quality</source>
        <translation>图像质量差</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Confidence %1 of 5 (Ctrl+%1)</source>
        <translation>置信度 %1 / 5（Ctrl+%1）</translation>
    </message>
    <message>
        <source>Comment (C), Enter saves</source>
        <translation>备注（C），按 Enter 保存</translation>
    </message>
    <message>
        <source>◀ Previous (B)</source>
        <translation>◀ 上一个（B）</translation>
    </message>
    <message>
        <source>Next (N) ▶</source>
        <translation>下一个（N）▶</translation>
    </message>
    <message>
        <source>Commit (Ctrl+Enter)</source>
        <translation>提交（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Skip (K)</source>
        <translation>跳过（K）</translation>
    </message>
    <message>
        <source>Postpone (Shift+K)</source>
        <translation>推迟（Shift+K）</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>time on this case so far: %1 s</source>
        <translation>此病例已用时间：%1 秒</translation>
    </message>
    <message>
        <source>Start a reading session first: Session ▸ Start reading…</source>
        <translation>请先开始阅片会话：会话 ▸ 开始阅片…</translation>
    </message>
    <message>
        <source>The worklist is empty.</source>
        <translation>工作列表为空。</translation>
    </message>
    <message>
        <source>No session: the answers are disabled. Session ▸ Start reading… to begin.</source>
        <translation>没有会话：回答已禁用。请通过“会话 ▸ 开始阅片…”开始。</translation>
    </message>
    <message>
        <source>%1 (%2), pass %3%4</source>
        <translation>%1（%2），第 %3 轮%4</translation>
    </message>
    <message>
        <source>, blind</source>
        <translation>，盲法</translation>
    </message>
    <message>
        <source>Case %1 of %2</source>
        <translation>病例 %1 / %2</translation>
    </message>
    <message>
        <source>%1: slice &lt;b&gt;%2&lt;/b&gt; (%3) ✓</source>
        <translation>%1：切片 &lt;b&gt;%2&lt;/b&gt;（%3）✓</translation>
    </message>
    <message>
        <source>%1: — (press M)</source>
        <translation>%1：—（按 M）</translation>
    </message>
    <message>
        <source>  [suggested: %1]</source>
        <translation>  [建议：%1]</translation>
    </message>
</context>
<context>
    <name>brainmd::AnnotationSession</name>
    <message>
        <source>could not register the reader %1</source>
        <translation>无法注册阅片者 %1</translation>
    </message>
    <message>
        <source>%1 is a reader, not an adjudicator</source>
        <translation>%1 是阅片者，不是仲裁者</translation>
    </message>
    <message>
        <source>could not start a session</source>
        <translation>无法开始会话</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>NOT SAVED: the database refused the write</source>
        <translation>未保存：数据库拒绝了写入</translation>
    </message>
</context>
<context>
    <name>brainmd::BenchRunDialog</name>
    <message>
        <source>New BrainBench run</source>
        <translation>新建 BrainBench 运行</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>实验设计</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>开始运行</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 兼容服务器</translation>
    </message>
    <message>
        <source>Built-in baseline: %1</source>
        <translation>内置基线：%1</translation>
    </message>
    <message>
        <source>leave empty to use the saved key</source>
        <translation>留空则使用已保存的密钥</translation>
    </message>
    <message>
        <source>Save key in the system keychain</source>
        <translation>将密钥保存到系统密钥环</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>检查连接</translation>
    </message>
    <message>
        <source>Backend:</source>
        <translation>后端：</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>服务器 URL：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>Key variable:</source>
        <translation>密钥变量：</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>回复：</translation>
    </message>
    <message>
        <source>built-in task pack</source>
        <translation>内置任务包</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Task pack</source>
        <translation>任务包</translation>
    </message>
    <message>
        <source>Task packs (*.json)</source>
        <translation>任务包 (*.json)</translation>
    </message>
    <message>
        <source>Examples per prompt, comma-separated: 0 is zero-shot, e.g. 0,3</source>
        <translation>每个提示的示例数，以逗号分隔：0 表示零样本，例如 0,3</translation>
    </message>
    <message>
        <source>Held out: score the cases outside the pool</source>
        <translation>留出：评估示例池之外的病例</translation>
    </message>
    <message>
        <source>Leave one out: score every case (older runs)</source>
        <translation>留一：评估每个病例（旧运行）</translation>
    </message>
    <message>
        <source>Held out: the example pool is fixed first and every condition is scored on the labelled cases outside it, so no case is both an example and evaluated.</source>
        <translation>留出：先固定示例池，每个条件都在池外的已标注病例上评分，因此没有病例既是示例又被评估。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Task pack:</source>
        <translation>任务包：</translation>
    </message>
    <message>
        <source>Label source:</source>
        <translation>标签来源：</translation>
    </message>
    <message>
        <source>Shots:</source>
        <translation>样本数：</translation>
    </message>
    <message>
        <source>Slice sources:</source>
        <translation>切片来源：</translation>
    </message>
    <message>
        <source>Views:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>Example pool:</source>
        <translation>示例池：</translation>
    </message>
    <message>
        <source>Pool size:</source>
        <translation>示例池大小：</translation>
    </message>
    <message>
        <source>Evaluation:</source>
        <translation>评估：</translation>
    </message>
    <message>
        <source>Example retrieval:</source>
        <translation>示例检索：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Concurrency:</source>
        <translation>并发数：</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Estimate requests and cost</source>
        <translation>估算请求数和费用</translation>
    </message>
    <message>
        <source>Price per million input tokens:</source>
        <translation>每百万输入 token 价格：</translation>
    </message>
    <message>
        <source>Price per million output tokens:</source>
        <translation>每百万输出 token 价格：</translation>
    </message>
    <message>
        <source>Choose at least one slice source and one view.</source>
        <translation>请至少选择一个切片来源和一个视图。</translation>
    </message>
    <message>
        <source>Key saved in the system keychain for %1.</source>
        <translation>已将 %1 的密钥保存到系统密钥环。</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The key is used for this session only, through the environment variable %2; set %2 before starting the workstation to keep using it.</source>
        <translation>系统密钥环不可用（%1）。该密钥仅在本次会话中通过环境变量 %2 使用；如需继续使用，请在启动工作站前设置 %2。</translation>
    </message>
    <message>
        <source>No study is open.</source>
        <translation>未打开任何研究。</translation>
    </message>
    <message>
        <source>Planning the run…</source>
        <translation>正在规划运行…</translation>
    </message>
    <message>
        <source>Estimating the run</source>
        <translation>正在估算运行</translation>
    </message>
    <message>
        <source>The run cannot be planned: %1</source>
        <translation>无法规划该运行：%1</translation>
    </message>
    <message>
        <source>Enter both prices per million tokens for a cost.</source>
        <translation>如需费用估算，请输入两个每百万 token 的价格。</translation>
    </message>
    <message>
        <source>Sending one small request…</source>
        <translation>正在发送一个小请求…</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>正在检查连接</translation>
    </message>
    <message>
        <source>Built-in baseline, no server needed: it answered &quot;%1&quot;.</source>
        <translation>内置基线，无需服务器：其回答为“%1”。</translation>
    </message>
    <message>
        <source>Failed (HTTP %1): %2</source>
        <translation>失败（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>OK (HTTP %1, %2 ms): &quot;%3&quot;</source>
        <translation>成功（HTTP %1，%2 ms）：“%3”</translation>
    </message>
</context>
<context>
    <name>brainmd::BenchRunJob</name>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>%1; waiting %2 s</source>
        <translation>%1；等待 %2 s</translation>
    </message>
    <message>
        <source>BrainBench run</source>
        <translation>BrainBench 运行</translation>
    </message>
</context>
<context>
    <name>brainmd::CaseBrowser</name>
    <message>
        <source>Case, accession or description (Ctrl+F)</source>
        <translation>病例、检查号或描述（Ctrl+F）</translation>
    </message>
    <message>
        <source>e.g. lesion_present=yes</source>
        <translation>例如 lesion_present=yes</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅片者</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>read (by one reader or more)</source>
        <translation>已阅（由一名或多名阅片者）</translation>
    </message>
    <message>
        <source>Not available while you read blind</source>
        <translation>盲法阅片期间不可用</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个病例</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brainmd::CaseDrillDown</name>
    <message numerus="yes">
        <source>[%n image(s)]</source>
        <translation>
            <numerusform>[%n 张图像]</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar or a matrix cell to list the cases behind it.</source>
        <translation>点击柱形或矩阵单元格，即可列出其对应的病例。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>选项顺序</translation>
    </message>
    <message>
        <source>Manual label</source>
        <translation>人工标签</translation>
    </message>
    <message>
        <source>Parsed answer</source>
        <translation>解析后的回答</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Prompt sent to the model</source>
        <translation>发送给模型的提示</translation>
    </message>
    <message>
        <source>Raw answer</source>
        <translation>原始回答</translation>
    </message>
    <message>
        <source>Images sent:</source>
        <translation>已发送的图像：</translation>
    </message>
    <message>
        <source>Open in viewer at the slice the model saw</source>
        <translation>在查看器中打开模型所见的切片</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>Raw answer:</source>
        <translation>原始回答：</translation>
    </message>
    <message>
        <source> · truth %1</source>
        <translation> · 真值 %1</translation>
    </message>
    <message>
        <source> · answered %1</source>
        <translation> · 回答 %1</translation>
    </message>
    <message>
        <source>nothing usable</source>
        <translation>没有可用内容</translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s): %1</source>
        <translation>
            <numerusform>%n 个预测：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Manual label: %1    Parsed answer: %2 (%3)    %4</source>
        <translation>人工标签：%1    解析后的回答：%2（%3）    %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>

Error: %1</source>
        <translation>

错误：%1</translation>
    </message>
    <message>
        <source>(no stored request for this prediction)</source>
        <translation>（此预测没有保存的请求）</translation>
    </message>
</context>
<context>
    <name>brainmd::CaseLoader</name>
    <message>
        <source>Opening case</source>
        <translation>正在打开病例</translation>
    </message>
</context>
<context>
    <name>brainmd::CaseTableModel</name>
    <message>
        <source>%1 · %2 · created %3</source>
        <translation>%1 · %2 · 创建于 %3</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message numerus="yes">
        <source>read by %n</source>
        <translation>
            <numerusform>%n 名阅片者已阅</numerusform>
        </translation>
    </message>
    <message>
        <source>adjudicated</source>
        <translation>已仲裁</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>检查号</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Voxels</source>
        <translation>体素</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>阅片者</translation>
    </message>
    <message>
        <source>Selections</source>
        <translation>选择结果</translation>
    </message>
</context>
<context>
    <name>brainmd::DashboardRunLoader</name>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Scoring run %1</source>
        <translation>正在为运行 %1 评分</translation>
    </message>
</context>
<context>
    <name>brainmd::DashboardRunPanel</name>
    <message>
        <source>New run…</source>
        <translation>新建运行…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No run in progress.</source>
        <translation>当前没有正在进行的运行。</translation>
    </message>
    <message>
        <source>Planning the run…</source>
        <translation>正在规划运行…</translation>
    </message>
    <message>
        <source>%1 requests to send (%2 already answered).</source>
        <translation>需发送 %1 个请求（%2 个已回答）。</translation>
    </message>
    <message>
        <source>%1 of %2 requests · %3 per second · about %4 left</source>
        <translation>%1 / %2 个请求 · 每秒 %3 个 · 约剩 %4</translation>
    </message>
    <message>
        <source>Run %1 %2.</source>
        <translation>运行 %1 %2。</translation>
    </message>
    <message>
        <source>Run %1 %2: %3</source>
        <translation>运行 %1 %2：%3</translation>
    </message>
</context>
<context>
    <name>brainmd::DashboardWindow</name>
    <message>
        <source>BrainBench dashboard</source>
        <translation>BrainBench 仪表板</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Label source:</source>
        <translation>标签来源：</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>比较对象：</translation>
    </message>
    <message>
        <source>Chart options</source>
        <translation>图表选项</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>条件：</translation>
    </message>
    <message>
        <source>The confusion matrix shows this condition; the per-question breakdown shows the conditions with its views and shots.</source>
        <translation>混淆矩阵显示此条件；按问题细分显示具有相同视图和样本数的各条件。</translation>
    </message>
    <message>
        <source>Rows: manual label; columns: parsed answer. Click a cell to list its cases.</source>
        <translation>行：人工标签；列：解析后的回答。点击单元格即可列出对应病例。</translation>
    </message>
    <message>
        <source>Per question</source>
        <translation>按问题</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Model-free: whether the images a slice source showed contain the lesion of the case&apos;s mask (DICOM SEG), and how much of its largest cross-section. The &apos;oracle&apos; baseline turns this into the accuracy ceiling of these images.</source>
        <translation>不依赖模型：某一切片来源所显示的图像是否包含该病例掩膜（DICOM SEG）中的病灶，以及包含其最大横截面的多少。基线 &apos;oracle&apos; 据此给出这些图像的准确率上限。</translation>
    </message>
    <message>
        <source>Lesion visibility</source>
        <translation>病灶可见性</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Run %1 could not be shown: %2</source>
        <translation>无法显示运行 %1：%2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>#%1 %2 — %3 %4 (%5, %6)</source>
        <translation>#%1 %2 — %3 %4（%5，%6）</translation>
    </message>
    <message>
        <source>there is no run %1 (see &apos;brainmd bench list&apos;)</source>
        <translation>不存在运行 %1（参见 &apos;brainmd bench list&apos;）</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Confusion matrix, run A: %1 · %2 (rows: manual label, columns: parsed answer)</source>
        <translation>混淆矩阵，运行 A：%1 · %2（行：人工标签，列：解析后的回答）</translation>
    </message>
    <message>
        <source>
Run B: %1</source>
        <translation>
运行 B：%1</translation>
    </message>
    <message>
        <source>This run does not compare Vote-MI with random slices.</source>
        <translation>此运行未将 Vote-MI 与随机切片进行比较。</translation>
    </message>
    <message numerus="yes">
        <source>Run A #%1 %2: %3, %n prediction(s)</source>
        <translation>
            <numerusform>运行 A #%1 %2：%3，%n 个预测</numerusform>
        </translation>
    </message>
    <message>
        <source>No run open.</source>
        <translation>未打开运行。</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New run…</source>
        <translation>新建运行(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export charts, tables and report…</source>
        <translation>导出图表、表格和报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Leaderboard…</source>
        <translation>排行榜(&amp;L)…</translation>
    </message>
    <message>
        <source>Compare any number of runs on the items they all evaluated</source>
        <translation>在所有运行都评估过的项目上比较任意数量的运行</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>no run is open</source>
        <translation>未打开任何运行</translation>
    </message>
    <message>
        <source>Export the dashboard to</source>
        <translation>将仪表板导出到</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported to %1.
Report: %2</source>
        <translation>已导出到 %1。
报告：%2</translation>
    </message>
</context>
<context>
    <name>brainmd::DeidentifyDialog</name>
    <message>
        <source>Keep descriptions that hold no identifier of the header (Clean Descriptors)</source>
        <translation>保留不含文件头标识符的描述（清理描述符）</translation>
    </message>
    <message>
        <source>De-identified copy of DICOM files</source>
        <translation>DICOM 文件的去标识化副本</translation>
    </message>
    <message>
        <source>DICOM folder</source>
        <translation>DICOM 文件夹</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Private map file</source>
        <translation>私有映射文件</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>De-identify</source>
        <translation>去标识化</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose the DICOM folder, the output folder and the map file.</source>
        <translation>请选择 DICOM 文件夹、输出文件夹和映射文件。</translation>
    </message>
    <message>
        <source>De-identifying…</source>
        <translation>正在去标识化…</translation>
    </message>
    <message>
        <source>%1 of %2 file(s) of %3 patient(s) de-identified into %4; %5 refused, %6 failed. The map back to the patients is in %7: keep it apart.</source>
        <translation>已将 %2 个文件中的 %1 个（%3 位患者）去标识化到 %4；拒绝 %5 个，失败 %6 个。通往患者的映射表位于 %7：请分开保存。</translation>
    </message>
    <message>
        <source>Cancelled before the end.</source>
        <translation>在完成前已取消。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>… and %1 more (brainmd deidentify lists them all).</source>
        <translation>… 另有 %1 个（brainmd deidentify 会全部列出）。</translation>
    </message>
</context>
<context>
    <name>brainmd::DocumentsPanel</name>
    <message>
        <source>&lt;i&gt;No case open.&lt;/i&gt;</source>
        <translation>&lt;i&gt;未打开病例。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;The documents are hidden while you read this case blind; they show once you commit it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;盲法阅读此病例期间文档已隐藏；提交该病例后即会显示。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No report, EHR or demographics linked to this case.&lt;/i&gt;</source>
        <translation>&lt;i&gt;此病例未关联报告、电子病历或人口统计学资料。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#d9a441&apos;&gt;&lt;b&gt;Blind reading:&lt;/b&gt; findings and impression are withheld until you commit the case.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#d9a441&apos;&gt;&lt;b&gt;盲法阅片：&lt;/b&gt;提交病例之前，检查所见和诊断意见不予显示。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>[withheld until you commit]</source>
        <translation>[提交前不予显示]</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>EHR</source>
        <translation>电子病历</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>人口统计学资料</translation>
    </message>
</context>
<context>
    <name>brainmd::LeaderboardDialog</name>
    <message>
        <source>BrainBench leaderboard</source>
        <translation>BrainBench 排行榜</translation>
    </message>
    <message>
        <source>Runs to compare:</source>
        <translation>要比较的运行：</translation>
    </message>
    <message>
        <source>Reference run:</source>
        <translation>参考运行：</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Tick two or more runs.</source>
        <translation>请勾选两个或更多运行。</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) ticked.</source>
        <translation>
            <numerusform>已勾选 %n 个运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n run(s) on their shared items…</source>
        <translation>
            <numerusform>正在按共同项目为 %n 个运行评分…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leaderboard of %n run(s)</source>
        <translation>
            <numerusform>%n 个运行的排行榜</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared on the items all runs share.</source>
        <translation>在所有运行共同的项目上比较。</translation>
    </message>
    <message>
        <source>The runs share no evaluated item in any condition.</source>
        <translation>这些运行在任何条件下都没有共同评估的项目。</translation>
    </message>
</context>
<context>
    <name>brainmd::MainWindow</name>
    <message>
        <source>BrainMD Workstation</source>
        <translation>BrainMD 工作站</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看器</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>仲裁</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saving… another program is writing to %1; your input waits until this answer is stored</source>
        <translation>正在保存… 另一个程序正在写入 %1；您的输入将等待此回答保存完毕</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>病例</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>阅片</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>BrainMD Workstation — %1</source>
        <translation>BrainMD 工作站 — %1</translation>
    </message>
    <message>
        <source>Opening case %1…</source>
        <translation>正在打开病例 %1…</translation>
    </message>
    <message>
        <source>Could not open case %1: %2</source>
        <translation>无法打开病例 %1：%2</translation>
    </message>
    <message>
        <source>Lesion mask not shown: %1</source>
        <translation>未显示病灶掩膜：%1</translation>
    </message>
    <message>
        <source>No database open. File ▸ Open database…</source>
        <translation>未打开数据库。文件 ▸ 打开数据库…</translation>
    </message>
    <message>
        <source>%1 — double-click a case to open it</source>
        <translation>%1 — 双击病例即可打开</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>病例 %1</translation>
    </message>
    <message>
        <source>  ·  blind: others&apos; marks, labels, selections and report findings hidden until you commit</source>
        <translation>  ·  盲法：提交前隐藏他人的标记、标签、选择结果及报告所见</translation>
    </message>
    <message>
        <source>Start a reading session (Session ▸ Start reading…) to mark slices.</source>
        <translation>请开始阅片会话（会话 ▸ 开始阅片…）以标记切片。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>导入：%1</translation>
    </message>
    <message>
        <source>Closed while you read this case blind: commit it first</source>
        <translation>盲法阅读此病例期间不可用：请先提交</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>导入目录…</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Export annotations as JSON…</source>
        <translation>将标注导出为 JSON…</translation>
    </message>
    <message>
        <source>Export annotations as CSV…</source>
        <translation>将标注导出为 CSV…</translation>
    </message>
    <message>
        <source>Export reader agreement (CSV or HTML)…</source>
        <translation>导出阅片者一致性（CSV 或 HTML）…</translation>
    </message>
    <message>
        <source>Export representative slices…</source>
        <translation>导出代表性切片…</translation>
    </message>
    <message>
        <source>De-identified copy of DICOM files…</source>
        <translation>DICOM 文件的去标识化副本…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Window / level</source>
        <translation>窗宽 / 窗位</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Scroll</source>
        <translation>翻页</translation>
    </message>
    <message>
        <source>Ruler</source>
        <translation>标尺</translation>
    </message>
    <message>
        <source>Reset window / level</source>
        <translation>重置窗宽 / 窗位</translation>
    </message>
    <message>
        <source>Reset zoom and pan</source>
        <translation>重置缩放和平移</translation>
    </message>
    <message>
        <source>Maximise / restore the view under the mouse</source>
        <translation>最大化/还原鼠标下的视图</translation>
    </message>
    <message>
        <source>Activate the %1 view</source>
        <translation>激活%1视图</translation>
    </message>
    <message>
        <source>Crosshair</source>
        <translation>十字线</translation>
    </message>
    <message>
        <source>My reference slices</source>
        <translation>我的参考切片</translation>
    </message>
    <message>
        <source>Other readers&apos; slices</source>
        <translation>其他阅片者的切片</translation>
    </message>
    <message>
        <source>Imported reference slices</source>
        <translation>导入的参考切片</translation>
    </message>
    <message>
        <source>Vote-MI and baseline selections</source>
        <translation>Vote-MI 和基线选择结果</translation>
    </message>
    <message>
        <source>Vote-MI vote profile</source>
        <translation>Vote-MI 投票分布</translation>
    </message>
    <message>
        <source>3D preset</source>
        <translation>3D 预设</translation>
    </message>
    <message>
        <source>3D clipping</source>
        <translation>3D 裁剪</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Plane through the crosshair (active view)</source>
        <translation>经过十字线的平面（活动视图）</translation>
    </message>
    <message>
        <source>Box around the crosshair</source>
        <translation>十字线周围的立方体</translation>
    </message>
    <message>
        <source>Filter the case list</source>
        <translation>筛选病例列表</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Start a reading session first: Session ▸ Start reading…</source>
        <translation>请先开始阅片会话：会话 ▸ 开始阅片…</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>Start reading…</source>
        <translation>开始阅片…</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>Verify mode (show imported answers)</source>
        <translation>核对模式（显示导入的答案）</translation>
    </message>
    <message>
        <source>Mark representative slice</source>
        <translation>标记代表性切片</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>下一个病例</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>上一个病例</translation>
    </message>
    <message>
        <source>Commit case</source>
        <translation>提交病例</translation>
    </message>
    <message>
        <source>Skip case</source>
        <translation>跳过病例</translation>
    </message>
    <message>
        <source>Postpone case</source>
        <translation>推迟病例</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>下一个问题</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>上一个问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>选项 %1</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Accept suggested answer</source>
        <translation>接受建议答案</translation>
    </message>
    <message>
        <source>Flag poor image quality</source>
        <translation>标记图像质量差</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Adjudicate this case</source>
        <translation>仲裁此病例</translation>
    </message>
    <message>
        <source>Back to the viewer</source>
        <translation>返回查看器</translation>
    </message>
    <message>
        <source>S&amp;election</source>
        <translation>选择(&amp;E)</translation>
    </message>
    <message>
        <source>Select slices (Vote-MI or baseline)…</source>
        <translation>选择切片（Vote-MI 或基线方法）…</translation>
    </message>
    <message>
        <source>&amp;BrainBench</source>
        <translation>BrainBench(&amp;B)</translation>
    </message>
    <message>
        <source>Dashboard…</source>
        <translation>仪表板…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>键盘快捷键…</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies the next time BrainMD Workstation starts.</source>
        <translation>新语言将在下次启动 BrainMD 工作站时生效。</translation>
    </message>
    <message>
        <source>Open or create a case database</source>
        <translation>打开或创建病例数据库</translation>
    </message>
    <message>
        <source>BrainMD database (*.sqlite *.db);;All files (*)</source>
        <translation>BrainMD 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>导入目录</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Start reading</source>
        <translation>开始阅片</translation>
    </message>
    <message>
        <source>No case has readers who disagree (by more than %1 mm or in an answer).</source>
        <translation>没有阅片者意见不一致的病例（相差超过 %1 mm 或回答不同）。</translation>
    </message>
    <message>
        <source>Export annotations</source>
        <translation>导出标注</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export reader agreement</source>
        <translation>导出阅片者一致性</translation>
    </message>
    <message>
        <source>CSV (*.csv);;HTML (*.html)</source>
        <translation>CSV (*.csv);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>%1: cancelled; %2 was not written</source>
        <translation>%1：已取消；未写入 %2</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>BrainBench dashboard</source>
        <translation>BrainBench 仪表板</translation>
    </message>
    <message>
        <source>Lesion mask</source>
        <translation>病灶掩膜</translation>
    </message>
</context>
<context>
    <name>brainmd::ReaderDialog</name>
    <message>
        <source>Start reading</source>
        <translation>开始阅片</translation>
    </message>
    <message>
        <source>Pick a reader or type a new name</source>
        <translation>选择阅片者或输入新名称</translation>
    </message>
    <message>
        <source>Existing readers are listed; a new name adds a reader</source>
        <translation>已列出现有阅片者；输入新名称将添加阅片者</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>阅片者</translation>
    </message>
    <message>
        <source>Adjudicator</source>
        <translation>仲裁者</translation>
    </message>
    <message>
        <source>Blind reading (others&apos; work, labels and findings hidden until commit)</source>
        <translation>盲法阅片（提交前隐藏他人的工作、标签和所见）</translation>
    </message>
    <message>
        <source>Open reading (nothing hidden)</source>
        <translation>开放阅片（不隐藏任何内容）</translation>
    </message>
    <message>
        <source>Verify imported answers (shown as suggestions)</source>
        <translation>核查导入的回答（以建议形式显示）</translation>
    </message>
    <message>
        <source>Clinical indication only (findings, impression withheld)</source>
        <translation>仅临床指征（隐藏检查所见和诊断意见）</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Full report</source>
        <translation>完整报告</translation>
    </message>
    <message>
        <source>Use 2 to read the same cases again for intra-reader agreement</source>
        <translation>设为 2 可再次阅读相同病例，用于评估阅片者自身一致性</translation>
    </message>
    <message>
        <source>Cases in the browser&apos;s filter</source>
        <translation>病例列表筛选出的病例</translation>
    </message>
    <message>
        <source>Selected cases</source>
        <translation>所选病例</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>所有病例</translation>
    </message>
    <message>
        <source>Cases where readers disagree (adjudication)</source>
        <translation>阅片者意见不一致的病例（仲裁）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Documents while blind</source>
        <translation>盲法期间的文档</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>工作列表</translation>
    </message>
</context>
<context>
    <name>brainmd::SelectionDialog</name>
    <message>
        <source>Recompute cases already selected</source>
        <translation>重新计算已选择过的病例</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <source>Select representative slices</source>
        <translation>选择代表性切片</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) chosen.</source>
        <translation>
            <numerusform>已选 %n 个病例。</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote-MI</source>
        <translation>Vote-MI</translation>
    </message>
    <message>
        <source>Random slice (baseline)</source>
        <translation>随机切片（基线）</translation>
    </message>
    <message>
        <source>Centre slice (baseline)</source>
        <translation>中间切片（基线）</translation>
    </message>
    <message>
        <source>PCA (fast)</source>
        <translation>PCA（快速）</translation>
    </message>
    <message>
        <source>VAE (reference study)</source>
        <translation>VAE（参考研究）</translation>
    </message>
    <message>
        <source>By the patches each stands for (default)</source>
        <translation>按每个图块所代表的图块数（默认）</translation>
    </message>
    <message>
        <source>One per patch (reference study)</source>
        <translation>每个图块一票（参考研究）</translation>
    </message>
    <message>
        <source>Equal per cluster</source>
        <translation>每个聚类等权</translation>
    </message>
    <message>
        <source>By left-right asymmetry (one-sided lesions)</source>
        <translation>按左右不对称性（单侧病灶）</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>The slice whose ± window holds the most votes wins; 0 takes the single slice with the most votes, as the reference study did.</source>
        <translation>± 窗口内票数最多的切片胜出；0 表示取票数最多的单个切片，与参考研究相同。</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Embedder</source>
        <translation>嵌入方法</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Vote window</source>
        <translation>投票窗口</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Selecting slices</source>
        <translation>正在选择切片</translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation>无法运行：%1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n case(s) stored.</source>
        <translation>
            <numerusform>已取消；已保存 %n 个病例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n case(s) stored in %1 s.</source>
        <translation>
            <numerusform>完成：%1 秒内保存了 %n 个病例。</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>estimating</source>
        <translation>正在估算</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
    <message>
        <source>%1 of %2 cases · %3 cases/min · %4</source>
        <translation>%1 / %2 个病例 · 每分钟 %3 个病例 · %4</translation>
    </message>
</context>
<context>
    <name>brainmd::SelectionService</name>
    <message>
        <source>unknown selection method &apos;%1&apos;</source>
        <translation>未知的选择方法“%1”</translation>
    </message>
    <message>
        <source>the VAE weights were not prepared</source>
        <translation>VAE 权重未准备好</translation>
    </message>
    <message>
        <source>no case with id %1</source>
        <translation>没有 ID 为 %1 的病例</translation>
    </message>
    <message>
        <source>the selection stopped with an internal error</source>
        <translation>选择因内部错误而停止</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>the cases yield no patch to train the VAE on</source>
        <translation>这些病例无法提供用于训练 VAE 的图像块</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>brainmd::SentImagesStrip</name>
    <message>
        <source>(image not stored)</source>
        <translation>（图像未保存）</translation>
    </message>
    <message>
        <source>Sent for this case (%1×%2 px)</source>
        <translation>为此病例发送（%1×%2 像素）</translation>
    </message>
    <message>
        <source>Example %1</source>
        <translation>示例 %1</translation>
    </message>
</context>
<context>
    <name>brainmd::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Wheel or ↑/↓ scroll slices, Page Up/Down by 10, Home/End to the ends; left drag uses the tool, right drag zooms, middle drag pans; click or Shift-move sets the crosshair; double-click maximises a view. Click a key below to change it.</source>
        <translation>滚轮或 ↑/↓ 翻动切片，Page Up/Down 每次 10 张，Home/End 跳到首尾；左键拖动使用当前工具，右键拖动缩放，中键拖动平移；单击或按住 Shift 移动设置十字线；双击最大化视图。点击下方按键即可修改。</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认设置</translation>
    </message>
</context>
<context>
    <name>brainmd::SliceExportDialog</name>
    <message>
        <source>2D NIfTI per slice (BrainMD-select)</source>
        <translation>每张切片一个二维 NIfTI（BrainMD-select）</translation>
    </message>
    <message>
        <source>DICOM key object &quot;Best In Set&quot; per case</source>
        <translation>每个病例一个 DICOM 关键对象&quot;Best In Set&quot;</translation>
    </message>
    <message>
        <source>Export representative slices</source>
        <translation>导出代表性切片</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>Reader %1</source>
        <translation>阅片者 %1</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>选择结果：%1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Slices of</source>
        <translation>切片来源</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>请先选择一个目录。</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exporting slices</source>
        <translation>正在导出切片</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported, %1 file(s) written to %2.</source>
        <translation>
            <numerusform>已导出 %n 个病例，%1 个文件已写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the end.</source>
        <translation>在完成前已取消。</translation>
    </message>
</context>
<context>
    <name>brainmd::ThumbnailCache</name>
    <message>
        <source>Thumbnails</source>
        <translation>缩略图</translation>
    </message>
</context>
</TS>
