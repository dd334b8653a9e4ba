"""Build round 151's binary and web notices (run once: `python tests/data/genre/make_r151.py`); the files are committed.

Round 151 calibrates SPECIAL AND FOLLOW-UP INSPECTIONS as portals publish them: a town 党委's notice on a
市委提级交叉巡察 (a county portal's page with its 索引号 metadata list, each problem one paragraph
1.关于…的问题。整改进展：…。该问题…。) and a county-level city bureau 党组's notice on a 医保基金 专项机动巡察 (a Word
attachment whose problems stand under status sections 已完成整改的问题（5个） / 已完成整改并需长期坚持的问题（2个） /
正在整改的问题（2个）). The two plain-text notices of the round (a 乡村振兴 专项巡察 and a 巡察“回头看”) are written
directly. Bodies are named 某; the problems are invented.
"""

from __future__ import annotations

import html
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent

MINQIN_TITLE = "中共民勤县某镇委员会关于市委提级交叉巡察反馈意见整改进展情况的通报"
MINQIN_META = [
    ("索 引 号", "620621-0105/2025-00012"),
    ("主题分类", "党务公开"),
    ("发布机构", "中共民勤县某镇委员会"),
    ("成文时间", "2025年01月20日"),
    ("发文时间", "2025年01月21日"),
    ("标 题", MINQIN_TITLE),
]


# the town 党委's page body, one paragraph a line
MINQIN_BODY = """\
根据市委统一部署，2024年4月15日至6月14日，市委第二提级交叉巡察组对某镇党委开展了提级交叉巡察，并延伸巡察了5个村党组织。2024年7月25日，市委第二提级交叉巡察组向某镇党委反馈了巡察意见。根据巡察工作有关规定，现将集中整改进展情况予以公布。
一、整改工作基本情况
镇党委接到反馈意见后，认真对照反馈问题，制定整改落实方案，明确整改措施、责任领导、责任人和整改时限，对整改任务实行“挂图作战、对账销号”。市委第二提级交叉巡察组共反馈3个方面10个问题，截至目前，已完成整改8个，正在整改2个。
二、巡察反馈问题整改进展情况
（一）贯彻落实党的路线方针政策和上级决策部署方面
1.关于耕地保护责任落实不到位，部分耕地撂荒的问题。整改进展：对全镇撂荒耕地进行全面摸排，落实复耕复种1260亩，将耕地保护纳入村级目标责任考核。该问题已完成整改。
2.关于节水灌溉项目建设进度滞后的问题。整改进展：成立项目推进专班，每周调度项目进度，目前已完成管网铺设85%，剩余首部枢纽工程正在施工中。该问题正在整改中。
3.关于防沙治沙工作统筹不够，压沙造林后期管护不到位的问题。整改进展：制定压沙造林后期管护办法，落实管护人员32名，完成补植补造800亩。该问题已完成整改并长期坚持。
4.关于对村级重大事项决策监督不力的问题。整改进展：修订完善村级重大事项决策清单，对5个村近三年重大事项决策情况逐一检查，督促规范整改4项。该问题已完成整改。
（二）落实全面从严治党战略部署方面
5.关于镇党委落实全面从严治党主体责任不够有力，对村干部日常监督不到位的问题。整改进展：镇党委专题研究全面从严治党工作2次，建立村干部履职负面清单，开展村干部廉政谈话46人次。该问题已完成整改。
6.关于惠农补贴资金发放监管不严，个别村存在优亲厚友现象的问题。整改进展：对2022年以来各类惠农补贴发放情况进行全面复核，纠正不符合条件人员3人，已追回补贴资金0.8万元。该问题已完成整改。
7.关于村级财务报销手续不规范的问题。整改进展：开展村级财务专项检查，补正报销凭证57张，目前正在对3个村的往来账款进行清理核对，计划2025年6月底前完成。该问题正在整改中。
8.关于违反中央八项规定精神问题仍有发生的问题。整改进展：开展违反中央八项规定精神问题专项整治，组织观看警示教育片2次，对相关人员进行了批评教育。该问题已完成整改并长期坚持。
（三）落实新时代党的组织路线方面
9.关于村级后备力量培养不足，部分村“两委”班子年龄结构老化的问题。整改进展：建立村级后备人才库，储备后备人选35名，选派12名后备人选到镇机关跟岗学习。该问题已完成整改。
10.关于村党组织发展党员工作不规范，个别发展对象培养考察材料缺失的问题。整改进展：对近五年发展党员档案进行全面审查，补齐培养考察材料，对相关支部书记进行约谈。该问题已完成整改。
三、下一步工作打算
镇党委将坚持标准不降、力度不减，对正在整改的问题持续跟踪推进，确保按时整改到位；对已完成整改的问题加强跟踪问效，巩固整改成果，推动全镇各项工作高质量发展。
欢迎广大干部群众对巡察整改落实情况进行监督。如有意见和建议，请及时向我们反映。联系电话：0935-4XXXXXX；通信地址：民勤县某镇党政综合办公室。
中共民勤县某镇委员会
2025年1月20日
"""

# the bureau 党组's Word attachment, title first, one paragraph a line
YICHENG_LINES = """\
中共宜城市某局党组关于市委医保基金管理专项机动巡察反馈意见整改进展情况的通报
根据市委统一部署，2024年5月6日至6月21日，市委机动巡察组对市某局党组开展了医保基金管理专项机动巡察。2024年7月30日，市委机动巡察组向市某局党组反馈了巡察意见。按照巡察工作有关规定，现将整改进展情况予以公开。
一、整改工作开展情况
局党组坚持把抓好专项巡察整改作为维护医保基金安全的重要抓手，召开党组会议专题研究部署，制定整改工作方案，建立问题、任务、责任“三张清单”，逐项明确整改措施和完成时限。截至2025年2月28日，巡察反馈的9个问题中，已完成整改7个（其中需长期坚持的2个），正在整改2个。
二、巡察反馈问题整改进展情况
（一）已完成整改的问题（5个）
1.定点医药机构协议管理不严格，对违约行为处理偏软。
整改措施：修订定点医药机构协议管理细则，对12家违约定点医药机构重新作出处理，解除服务协议1家，暂停结算2家。
2.医保基金稽核检查覆盖面不足，部分定点医疗机构连续两年未开展现场检查。
整改措施：制定年度稽核检查计划，完成全市定点医疗机构现场检查全覆盖，追回违规使用医保基金26.3万元。
3.门诊慢特病待遇认定审核不严，个别参保人员认定资料不全。
整改措施：对2023年以来门诊慢特病认定资料进行全面复核，取消不符合条件人员待遇5人，规范认定审核流程。
4.医保经办内控制度执行不到位，部分业务岗位未落实不相容岗位分离。
整改措施：梳理医保经办业务风险点27个，调整岗位设置，落实不相容岗位分离和业务复核制度。
5.局党组理论学习中心组学习不够深入，联系医保工作实际研讨不够。
整改措施：修订党组理论学习中心组学习制度，围绕医保基金监管开展专题研讨3次。
（二）已完成整改并需长期坚持的问题（2个）
6.医保基金监管智能化水平不高，大数据筛查运用不充分。
整改措施：上线医保智能监管系统，设置审核规则136条，每月开展数据筛查，对疑点数据逐条核查。
7.医保领域群众身边不正之风和腐败问题整治不够有力。
整改措施：开展医保领域群众身边不正之风和腐败问题集中整治，公开曝光典型案例3起，持续保持高压态势。
（三）正在整改的问题（2个）
8.医保基金预算执行偏差较大，基金结余率偏高。
整改措施：会同财政部门开展基金预算执行分析，已调整优化2025年度基金预算，正在制定医保待遇保障水平调整方案，待市政府审定后实施。
9.欺诈骗保案件移送机制不健全，部分线索移交不及时。
整改措施：与市公安局、市卫健局等部门建立联席会议制度，已移交问题线索4条，行刑衔接工作办法初稿已形成，正在征求相关部门意见。
三、下一步工作打算
局党组将以此次专项巡察整改为契机，对正在整改的问题持续跟踪督办，确保按时销号；对已完成整改的问题定期开展“回头看”，巩固整改成果，切实守护好人民群众的“看病钱”“救命钱”。
欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0710-4XXXXXX；邮政地址：宜城市某局办公室；电子邮箱：ycxxxx@163.com。
中共宜城市某局党组
2025年3月12日
"""


def minqin(body: list[str]) -> str:
    meta = "\n".join(f"<li><b>{html.escape(k)}：</b>{html.escape(v)}</li>" for k, v in MINQIN_META)
    paras = []
    for line in body:
        align = (
            "text-align:right"
            if line.startswith("中共") or (line.endswith("日") and len(line) < 14)
            else "text-indent:2em"
        )
        heading = line[:2] in ("一、", "二、", "三、") or line.startswith("（")
        text = f"<strong>{html.escape(line)}</strong>" if heading else html.escape(line)
        paras.append(f'<p style="{align}">{text}</p>')
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{html.escape(MINQIN_TITLE)}_民勤县人民政府</title>
</head>
<body>
<div class="header"><a href="/">民勤县人民政府</a> | <a href="/zwgk/">政务公开</a> |
<a href="/xzgk/">乡镇信息公开</a></div>
<div class="location">您当前的位置：首页 &gt; 政务公开 &gt; 乡镇信息公开 &gt; 某镇 &gt; 党务公开</div>
<div class="article">
<ul class="meta">
{meta}
<li><b>效力状态：</b>有效</li>
</ul>
<h1>{html.escape(MINQIN_TITLE)}</h1>
<div class="info">发布时间：2025-01-21 09:32 来源：某镇 浏览次数：</div>
<div class="content">
{chr(10).join(paras)}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a>
<a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">主办：民勤县人民政府办公室 | 网站标识码：6206210001 | 甘ICP备XXXXXXXX号</div>
</body>
</html>
"""


def yicheng(lines: list[str], path: Path) -> None:
    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = "仿宋_GB2312"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    style.font.size = Pt(16)
    title, *body = lines
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(title)
    run.font.size = Pt(22)
    run.font.name = "方正小标宋简体"
    run.element.rPr.rFonts.set(qn("w:eastAsia"), "方正小标宋简体")
    for line in body:
        p = doc.add_paragraph(line)
        if line.startswith("中共") or (line.endswith("日") and len(line) < 14):
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            p.paragraph_format.first_line_indent = Pt(32)
    doc.core_properties.author = "办公室"
    doc.core_properties.title = title
    doc.save(str(path))


def main() -> None:
    minqin_body = MINQIN_BODY.splitlines()
    html_path = HERE / "r151_minqin_town_tiji_cross_inspection_portal_metadata_page.html"
    html_path.write_text(minqin([x for x in minqin_body if x.strip()]), encoding="utf-8")
    yicheng_lines = YICHENG_LINES.splitlines()
    yicheng(
        [x for x in yicheng_lines if x.strip()], HERE / "r151_yicheng_bureau_medical_fund_jidong_status_sections.docx"
    )


if __name__ == "__main__":
    main()
