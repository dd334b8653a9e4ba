"""Round 107's classes (issue 19), each with members the round's notices do not print."""

from __future__ import annotations

import pytest

from notices import parse_notice

_NOTICE = (
    "中共{place}{issuer}关于{team}对{place}{unit}{act}反馈意见整改进展情况的通报\n"
    "根据{level}统一部署，2024年3月4日至4月30日，{team}对{place}{unit}开展了巡察，并于2024年6月3日反馈了巡察意见。"
    "现将整改进展情况予以公布。\n"
    "一、落实全面从严治党方面\n"
    "问题1：财务管理不规范。\n整改措施：修订财务制度。\n完成情况：已完成。\n"
    "问题2：党支部组织生活不规范。\n整改措施：规范会议记录。\n完成情况：已完成。\n"
    "中共{place}{issuer}\n2024年10月8日\n"
)
_UNITS = {
    "hospital": ("某卫生健康局党组", "某中心卫生院党支部"),
    "primary school": ("某局党委", "某小学党总支部"),
    "company": ("某国有资产监督管理局党组", "某投资有限公司党委"),
    "township office": ("某农业农村局党组", "某水库管理所党支部"),
}
_TEAMS = {"county": ("县委第二巡察组", "县委"), "city": ("市委第三巡察组", "市委")}


# A supervising body's notice on a unit under it that the inspection took: the title names the inspected after the
# team's 对, before 巡察 (…关于县委第N巡察组对Y巡察反馈意见整改…), and the opening names the same Y as inspected. The
# agency is the inspected unit; the issuer is the supervising body that signs.
@pytest.mark.parametrize("kind", sorted(_UNITS))
@pytest.mark.parametrize("team", sorted(_TEAMS))
@pytest.mark.parametrize("act", ["巡察", "开展巡察", "的巡察", "常规巡察"])
def test_a_supervising_body_reports_for_the_unit_inspected(kind: str, team: str, act: str) -> None:
    issuer, unit = _UNITS[kind]
    place = "蒙山县" if team == "county" else "梧州市"
    text = _NOTICE.format(place=place, issuer=issuer, unit=unit, team=_TEAMS[team][0], level=_TEAMS[team][1], act=act)
    notice = parse_notice(text)
    assert notice.agency == place + unit
    assert notice.issuer == "中共" + place + issuer


@pytest.mark.parametrize("short", ["县某局党组", "蒙山县某局党组"])
def test_the_issuer_named_again_after_dui_stays_the_agency(short: str) -> None:
    """A guard, not a member: the title naming the issuer itself after 对 (the short name or the whole) reads as
    before; the issuer is the inspected party."""
    text = _NOTICE.format(
        place="蒙山县", issuer="某局党组", unit="某局党组", team="县委第二巡察组", level="县委", act="巡察"
    )
    text = text.replace("对蒙山县某局党组巡察", "对" + short + "巡察", 1)
    assert parse_notice(text).agency == "蒙山县某局党组"
