"""Round 155's class (issue 19): bodies with their own kinds of names and party organs (人大常委会机关党组, 法院党组,
检察院党组, 科协党组, 政协机关党组, 团委, 妇联/总工会/残联/侨联/工商联/红十字会党组) at county or city level under a
县委/市委巡察. Most such names put their place first (祁东县人民法院党组, 县妇联党组 completed from the notice); two
kinds put their kind first and the place after it: the people's political consultative conference (政协某县委员会
机关党组, 中国人民政治协商会议某县委员会机关党组) and the youth league, whose short name writes the level alone
between its kind and 委 (团县委, 团市委, 共青团区委). Members the round's notices do not print: those two orders, in
full and short forms, with and without 中共, at county, city and district level, in other provinces."""

from __future__ import annotations

import pytest

from notices import parse_notice

_BODY = (
    "根据{level}委统一部署，2025年3月17日至5月16日，{level}委第二巡察组对{short}开展了常规巡察。"
    "2025年6月26日，{level}委第二巡察组向{short}反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    "一、组织整改落实情况\n"
    "成立整改工作领导小组。截至2025年11月30日，巡察反馈的2个方面3个问题，已完成整改2个，正在推进整改1个。\n"
    "二、巡察反馈问题整改落实情况\n"
    "（一）贯彻落实党中央决策部署方面\n"
    "1.理论学习不深入，学用结合不紧密。\n整改情况：制定学习计划，开展专题学习6次。\n完成情况：已完成整改。\n"
    "2.财务管理不规范，部分支出无审批。\n整改情况：修订财务制度，补齐手续。\n完成情况：已完成整改。\n"
    "（二）落实全面从严治党方面\n"
    "3.固定资产账实不符。\n整改情况：处置方案已报财政部门审批，待批复后处置。\n完成情况：正在推进。\n"
    "三、下一步工作打算\n持续巩固整改成果。联系电话：0734-1234567。\n"
)


def _notice(title: str, short: str, signature: str, level: str = "县") -> str:
    return f"{title}\n\n{_BODY.format(level=level, short=short)}\n{signature}\n2025年12月8日\n"


def _read(text: str) -> tuple[str | None, str | None, str | None, list[str]]:
    notice = parse_notice(text)
    return notice.region, notice.province, notice.prefecture, [i.status for i in notice.items]


_STATUSES = ["done", "done", "in_progress"]


# The conference's organs name the conference first and its place after (政协X县委员会, 中国人民政治协商会议X区委员会):
# the place is the one after the kind, whether the title prints 中共 before it or not.
@pytest.mark.parametrize(
    ("name", "level", "place"),
    [
        ("政协宁远县委员会机关党组", "县", ("宁远县", "湖南省", "永州市")),
        ("中共政协衡阳市雁峰区委员会机关党组", "区", ("雁峰区", "湖南省", "衡阳市")),
        ("中国人民政治协商会议绵竹市委员会机关党组", "市", ("绵竹市", "四川省", "德阳市")),
        ("中共中国人民政治协商会议婺源县委员会机关党组", "县", ("婺源县", "江西省", "上饶市")),
        ("政协南昌市委员会办公室", "市", ("南昌市", "江西省", "南昌市")),
    ],
)
def test_a_conference_s_place_follows_its_kind(name: str, level: str, place: tuple[str, str, str]) -> None:
    text = _notice(f"{name}关于{level}委巡察整改进展情况的通报", f"{level}政协机关党组", name, level)
    assert _read(text) == (*place, _STATUSES)
    assert parse_notice(text).agency == name.removeprefix("中共")


# The youth league's short name writes its level alone between its kind and 委 (团县委, 团市委, 共青团区委); the
# notice names the place elsewhere (its signature): the place goes after the kind, as 县妇联 takes it before.
@pytest.mark.parametrize(
    ("short", "signature", "level", "agency", "place"),
    [
        ("团县委", "共青团祁东县委员会", "县", "团祁东县委", ("祁东县", "湖南省", "衡阳市")),
        ("团市委", "共青团株洲市委员会", "市", "团株洲市委", ("株洲市", "湖南省", "株洲市")),
        ("共青团区委", "共青团成都市武侯区委员会", "区", "共青团武侯区委", ("武侯区", "四川省", "成都市")),
        ("团县委", "中国共产主义青年团安远县委员会", "县", "团安远县委", ("安远县", "江西省", "赣州市")),
    ],
)
def test_a_youth_league_named_by_its_level_takes_the_signature_s_place(
    short: str, signature: str, level: str, agency: str, place: tuple[str, str, str]
) -> None:
    text = _notice(f"{short}关于巡察整改进展情况的通报", short, signature, level)
    assert _read(text) == (*place, _STATUSES)
    assert parse_notice(text).agency == agency


# The short name with its place written (团某县委, 团某市委) is located by the place after the kind.
@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("团祁东县委", ("祁东县", "湖南省", "衡阳市")),
        ("团岳阳市委", ("岳阳市", "湖南省", "岳阳市")),
    ],
)
def test_a_youth_league_s_short_name_with_its_place(name: str, place: tuple[str, str, str]) -> None:
    text = _notice(f"{name}关于巡察整改进展情况的通报", name, name)
    assert _read(text) == (*place, _STATUSES)


# A mass organisation titled by its short name without a party organ (县残联, 市侨联, 区科协, 县文联) and signing with
# its formal one (某县残疾人联合会): the title names an organisation, the signature is its issuer, the place the
# notice names completes the short name.
@pytest.mark.parametrize(
    ("short", "signature", "level", "agency", "place"),
    [
        ("县残联", "祁东县残疾人联合会", "县", "祁东县残联", ("祁东县", "湖南省", "衡阳市")),
        ("市侨联", "泉州市归国华侨联合会", "市", "泉州市侨联", ("泉州市", "福建省", "泉州市")),
        ("区科协", "成都市郫都区科学技术协会", "区", "郫都区科协", ("郫都区", "四川省", "成都市")),
        ("县文联", "安化县文学艺术界联合会", "县", "安化县文联", ("安化县", "湖南省", "益阳市")),
    ],
)
def test_a_mass_organisation_named_short_signs_with_its_formal_name(
    short: str, signature: str, level: str, agency: str, place: tuple[str, str, str]
) -> None:
    text = _notice(f"{short}关于{level}委巡察整改进展情况的通报", short, signature, level)
    notice = parse_notice(text)
    assert (notice.agency, notice.issuer) == (agency, signature)
    assert _read(text) == (*place, _STATUSES)


# A city's intermediate court titled by its level alone (市中级人民法院党组): 市中 is no district's name there (a
# district named 市中区 is written in full), the city the notice names completes it.
@pytest.mark.parametrize(
    ("signature", "agency", "place"),
    [
        ("中共岳阳市中级人民法院党组", "岳阳市中级人民法院党组", ("岳阳市", "湖南省", "岳阳市")),
        ("中共宜宾市中级人民法院党组", "宜宾市中级人民法院党组", ("宜宾市", "四川省", "宜宾市")),
    ],
)
def test_a_city_s_intermediate_court_named_by_its_level(
    signature: str, agency: str, place: tuple[str, str, str]
) -> None:
    text = _notice("市中级人民法院党组关于市委巡察整改进展情况的通报", "市中院党组", signature, "市")
    assert parse_notice(text).agency == agency
    assert _read(text) == (*place, _STATUSES)


# The same organisation titled without its party organ and signed by it (X总工会关于… signed 中共X总工会党组): the
# agency is the party organ the signature names, the inspected party organisation (gold README), without a warning
# that the place was not printed with it.
@pytest.mark.parametrize(
    ("title_name", "signature", "level", "agency"),
    [
        ("祁东县总工会", "中共祁东县总工会党组", "县", "祁东县总工会党组"),
        ("县红十字会", "中共衡南县红十字会党组", "县", "衡南县红十字会党组"),
        ("市总工会", "中共株洲市总工会党组", "市", "株洲市总工会党组"),
    ],
)
def test_a_mass_organisation_signed_by_its_party_organ(
    title_name: str, signature: str, level: str, agency: str
) -> None:
    notice = parse_notice(_notice(f"{title_name}关于{level}委巡察整改进展情况的通报", title_name, signature, level))
    assert (notice.agency, notice.issuer) == (agency, signature)
    assert [w.code for w in notice.warnings] == []
