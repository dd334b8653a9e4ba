"""Build round 156's web-page notice (run once: `python tests/data/genre/make_r156.py`); the file is committed.

Round 156 imitates PROBLEMS WITH NUMBERED PARTS, where the level is decided by evidence: which numbered level carries
its own rectification text. This page is a city state-owned investment company 党委's notice whose 问题 headings
(1.关于“…”问题的整改) hold sub-problems (（1）…) each with its own 整改情况 and 整改状态: the sub-problems are the
items, the headings their groups. The three plain-text notices of the round are written by hand beside it.
Bodies are named 某 (the problems are invented).
"""

from __future__ import annotations

import html
from pathlib import Path

HERE = Path(__file__).parent

# (aspect, [(group heading, [(sub-problem, 整改情况, 整改状态, status, pending)])])
LUOYANG = [
    (
        "（一）在“贯彻落实党中央决策部署和省市委工作要求不够有力”方面",
        [
            (
                "1.关于“服务全市重大战略功能作用发挥不够”问题的整改",
                [
                    (
                        "对全市先进制造业集群的产业基金投放进度偏慢，基金实缴到位率不足50%",
                        "召开基金投资决策委员会会议4次，完成3个子基金设立，基金实缴到位率提高到78%。",
                        "已完成",
                        "done",
                        False,
                    ),
                    (
                        "城市更新项目谋划储备不足，部分片区项目前期工作推进缓慢",
                        "已梳理城市更新储备项目11个，2个片区项目可行性研究报告正在编制，预计2026年4月底前报市发展改革委审批。",
                        "正在推进",
                        "in_progress",
                        True,
                    ),
                    (
                        "融资平台市场化转型步伐不快，经营性收入占比偏低",
                        "制定市场化转型三年行动方案，新增供应链贸易、停车运营等经营性业务，2025年经营性收入占比提高到41%。",
                        "已完成",
                        "done",
                        False,
                    ),
                ],
            ),
            (
                "2.关于“防范化解重大风险不够有力”问题的整改",
                [
                    (
                        "债务风险管控机制不健全，短期债务占比偏高",
                        "建立债务风险监测预警机制，置换高息短期债务12.6亿元，短期债务占比下降至27%，将持续做好债务结构优化。",
                        "已完成，长期坚持",
                        "done_longterm",
                        False,
                    ),
                    (
                        "对外担保管理不规范，存在超比例担保情况",
                        "修订对外担保管理办法，对存量担保逐笔清理，超比例担保已全部解除。",
                        "已完成",
                        "done",
                        False,
                    ),
                ],
            ),
        ],
    ),
    (
        "（二）在“落实全面从严治党战略部署不够到位”方面",
        [
            (
                "3.关于“落实‘两个责任’不够到位”问题的整改",
                [
                    (
                        "党委研究部署党风廉政建设工作不经常，压力传导层层递减",
                        "修订党委会议事规则，明确每季度专题研究党风廉政建设；与所属企业主要负责人签订责任书16份。",
                        "已完成",
                        "done",
                        False,
                    ),
                    (
                        "纪委对工程招投标、资金拨付等关键环节监督不到位",
                        "制定工程项目全过程监督清单，对2023年以来的23个招投标项目开展专项检查，发现问题全部整改。",
                        "已完成",
                        "done",
                        False,
                    ),
                    (
                        "对所属企业“三重一大”决策制度执行情况监督检查不经常",
                        "已完成5家所属企业“三重一大”执行情况检查，剩余3家企业检查正在进行中，计划2026年3月底前完成。",
                        "正在推进",
                        "in_progress",
                        True,
                    ),
                ],
            ),
            (
                "4.关于“违反中央八项规定精神问题仍有发生”问题的整改",
                [
                    (
                        "个别所属企业存在超标准公务接待问题",
                        "对所属企业2023年以来公务接待开展全面排查，清退超标准费用，对责任人进行诫勉谈话，持续开展作风专项检查。",
                        "已完成，长期坚持",
                        "done_longterm",
                        False,
                    ),
                    (
                        "公务用车管理不规范，车辆使用登记不完整",
                        "制定公务用车管理实施细则，全部车辆纳入平台管理，实行派车单和行车轨迹双核对。",
                        "已完成",
                        "done",
                        False,
                    ),
                ],
            ),
        ],
    ),
    (
        "（三）在“落实新时代党的组织路线不够扎实”方面",
        [
            (
                "5.关于“干部人才队伍建设存在短板”问题的整改",
                [
                    (
                        "选人用人程序不够规范，个别岗位竞聘未严格执行公示制度",
                        "修订中层管理人员选拔任用办法，对2023年以来的竞聘上岗档案逐一复核并补充完善。",
                        "已完成",
                        "done",
                        False,
                    ),
                    (
                        "投融资、法律等专业人才缺乏，人才引进培养机制不健全",
                        "已面向社会公开招聘专业人才8名，人才引进培养办法已形成初稿，正在履行决策程序。",
                        "正在推进",
                        "in_progress",
                        True,
                    ),
                ],
            ),
        ],
    ),
]

OPENING = [
    "根据市委统一部署，2025年3月24日至5月23日，市委第一巡察组对洛阳市某投资有限公司党委开展了常规巡察，"
    "并于2025年6月27日反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。",
    "一、整改工作总体情况",
    "公司党委把巡察整改作为检验“四个意识”的试金石，成立由党委书记任组长的整改工作领导小组，先后召开党委会、"
    "整改专题会11次，制定整改方案，建立整改台账，实行挂图作战、对账销号。巡察反馈的3个方面5个问题12个具体问题，"
    "截至2025年12月31日，已完成整改9个，正在整改3个；建立完善制度21项，挽回经济损失126万元。",
    "二、巡察反馈问题整改落实情况",
]

CLOSING = [
    "三、下一步工作打算",
    "公司党委将坚持整改目标不变、力度不减，对正在整改的3个具体问题实行清单化管理，确保按期完成；"
    "对已完成整改的问题适时组织“回头看”，坚决防止问题反弹，推动巡察整改成果转化为企业高质量发展的实际成效。",
    "欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。联系电话：0379-6326XXXX；"
    "电子邮箱：lytzgs_dw@163.com；通信地址：洛阳市某区某路18号公司党委办公室。",
    "中共洛阳市某投资有限公司委员会",
    "2026年1月8日",
]

TITLE = "中共洛阳市某投资有限公司委员会关于市委巡察整改进展情况的通报"


def luoyang() -> str:
    body = list(OPENING)
    for aspect, groups in LUOYANG:
        body.append(aspect)
        for group, problems in groups:
            body.append(group)
            for n, (title, progress, state, _, _) in enumerate(problems, 1):
                body += [f"（{n}）{title}。", f"整改情况：{progress}", f"整改状态：{state}"]
    body += CLOSING
    paras = "\n".join(f'<p style="text-indent:2em;">{html.escape(line)}</p>' for line in body)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_党建动态_洛阳市某投资有限公司</title>
</head>
<body>
<div class="top"><div class="logo">洛阳市某投资有限公司</div>
<ul class="nav"><li><a href="/">网站首页</a></li><li><a href="/gsgk/">公司概况</a></li>
<li><a href="/xwdt/">新闻动态</a></li><li><a href="/djdt/">党建动态</a></li>
<li><a href="/lxwm/">联系我们</a></li></ul></div>
<div class="crumb">您现在的位置：<a href="/">网站首页</a> &gt; <a href="/djdt/">党建动态</a> &gt; 正文</div>
<div class="news">
<h2>{TITLE}</h2>
<div class="meta">发布日期：2026-01-09　作者：公司党委办公室　点击数：<span id="clicks">856</span></div>
<div class="text">
{paras}
</div>
</div>
<div class="foot"><p>版权所有 © 洛阳市某投资有限公司　地址：河南省洛阳市某区某路18号</p><p>豫ICP备18012345号</p></div>
</body>
</html>
"""


def gold_items() -> list[list]:
    return [
        [str(n), title, status, pending]
        for _, groups in LUOYANG
        for _, problems in groups
        for n, (title, _, _, status, pending) in enumerate(problems, 1)
    ]


if __name__ == "__main__":
    name = "r156_luoyang_city_investment_company_html_problem_headings_hold_subproblems_own_status.html"
    (HERE / name).write_text(luoyang(), encoding="utf-8")
