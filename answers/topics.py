"""Topic words: English equivalents of the Chinese words notices use, and words that are not topics."""

from __future__ import annotations

ENGLISH_TOPICS: dict[str, tuple[str, ...]] = {
    "travel expense": ("差旅费",),
    "travel": ("差旅",),
    "official vehicle": ("公务用车", "公车"),
    "official car": ("公务用车", "公车"),
    "vehicle": ("公务用车", "车辆"),
    "reception": ("公务接待",),
    "archive": ("档案",),
    "record": ("记录", "档案"),
    "procurement": ("采购",),
    "purchas": ("采购",),
    "ideolog": ("意识形态",),
    "first topic": ("第一议题",),
    "theoretical study": ("理论学习",),
    "study": ("学习",),
    "financ": ("财务",),
    "union fund": ("工会经费",),
    "subsid": ("补贴", "津补贴"),
    "allowance": ("津补贴", "补贴"),
    "cigarette": ("香烟",),
    "training": ("培训",),
    "meeting minutes": ("会议记录",),
    "democratic centralism": ("民主集中制",),
    "three meetings": ("三会一课",),
    "safety": ("安全",),
    "project fund": ("项目资金",),
    "project": ("项目",),
    "fixed asset": ("固定资产",),
    "asset": ("资产",),
    "cash": ("现金",),
    "warning education": ("警示教育",),
    "rectification": ("整改",),
    "party building": ("党建",),
    "cadre": ("干部",),
    "staffing": ("编制",),
    "expense": ("报销", "经费"),
    "reimburse": ("报销",),
    "budget": ("预算",),
    "innovation voucher": ("创新券",),
    "technology transfer": ("成果转化",),
}

# Words that frame a Chinese question rather than name its topic.
STOP_WORDS = (
    "哪些单位", "哪些部门", "哪些地方", "哪个单位", "哪家", "单位", "部门", "都有", "存在", "涉及", "出现", "还有",
    "哪些", "什么", "有没有", "是否", "整改", "情况", "进展", "问题", "的", "了", "吗", "呢", "有", "和", "与", "及",
    "请问", "一下", "查询", "查", "搜索", "关于",
)  # fmt: skip
