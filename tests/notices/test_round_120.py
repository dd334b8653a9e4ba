"""Round 120's classes (issue 19: ordinary notices as 公文), each with members the round's notices do not print.

The notices themselves are read whole by test_genre.py from tests/data/genre/rounds/r120.json."""

from __future__ import annotations

import pytest

from notices import parse_notice

_BODY = (
    "中共某县某局党组关于县委第二巡察组巡察反馈意见整改进展情况的通报\n"
    "各股室、局属各单位：\n"
    "根据县委统一部署，2024年3月11日至5月10日，县委第二巡察组对县某局党组开展了常规巡察。"
    "2024年6月14日，县委第二巡察组反馈了巡察意见。现将整改进展情况通报如下。\n"
    "一、整改工作总体情况\n"
    "对县委巡察反馈的2个方面3个问题，已完成整改2个，正在推进整改1个。\n"
    "二、巡察反馈问题整改落实情况\n"
    "（一）贯彻落实党中央决策部署方面\n"
    "1.理论学习不够深入，学用结合不紧。\n"
    "整改情况：已完成。修订学习制度，开展集中学习10次。\n"
    "2.重点项目推进缓慢。\n"
    "整改情况：正在推进。剩余1个项目用地手续正在报批。\n"
    "（二）落实全面从严治党战略部署方面\n"
    "3.公务接待管理不规范。\n"
    "整改情况：已完成。修订公务接待管理办法。\n"
    "三、下一步工作打算\n"
    "局党组将持续巩固整改成果。联系电话：0000-1234567。\n"
)
_SIGNER = "中共浏阳市某局党组"


def _read(tail: str) -> tuple[str | None, str | None, list[str], int]:
    notice = parse_notice(_BODY + tail)
    return notice.issuer, notice.signed, [str(w) for w in notice.warnings], len(notice.items)


# A year in Chinese numerals whose zero is typed with a look-alike (the white or large circle an input method offers
# for 〇, a Latin O, a digit 0): the date under a 公文's signature, read as the year it spells.
@pytest.mark.parametrize(
    ("date", "signed"),
    [
        ("二○二五年三月二日", "2025-03-02"),
        ("二◯二四年十二月九日", "2024-12-09"),
        ("二O二四年八月十五日", "2024-08-15"),
        ("二0二五年一月六日", "2025-01-06"),
        ("二○○九年七月一日", "2009-07-01"),
    ],
)
def test_a_chinese_numeral_year_with_a_look_alike_zero(date: str, signed: str) -> None:
    assert _read(f"{_SIGNER}\n{date}\n") == (_SIGNER, signed, [], 3)


# The 版记's printing office and day (X办公室 …印发): its day in Chinese numerals, or the row broken in two lines
# (the office, then the day), is furniture after the signature, never the signer or the date signed.
@pytest.mark.parametrize(
    "colophon",
    [
        "抄送：县委巡察办。\n浏阳市某局办公室 二〇二四年十一月九日印发\n",
        "抄送：县委巡察办，县纪委监委派驻纪检监察组。\n浏阳市某局综合股     二〇二四年十一月九日印发\n",
        "抄送：县委巡察办。\n浏阳市某局办公室\n2024年11月9日印发\n",
        "（此件公开发布）\n中共浏阳市某局党组办公室\n2024年11月9日印发\n",
    ],
)
def test_the_printing_office_and_day_are_no_signature(colophon: str) -> None:
    assert _read(f"{_SIGNER}\n2024年11月8日\n{colophon}") == (_SIGNER, "2024-11-08", [], 3)


# An attachment after the signature's date (附件 / its title / a contact list or a list of rules), stating no
# problem's status, is no part of the signature: the date signed is still read.
@pytest.mark.parametrize(
    "attachment",
    [
        "附件\n巡察整改工作联系人名单\n联系人：李某某，联系电话：0000-7654321\n",
        "附件1\n巡察整改期间新建制度目录\n《公务接待管理办法》《学习制度》\n",
        "附件2\n巡察整改工作领导小组成员名单\n组长：张某某\n副组长：王某某\n",
    ],
)
def test_an_attachment_after_the_date_leaves_the_signature(attachment: str) -> None:
    assert _read(f"{_SIGNER}\n2024年11月8日\n{attachment}")[:2] == (_SIGNER, "2024-11-08")


# The signer and the date on one line (a right-aligned block pasted as one line) close the notice: it is not cut off.
@pytest.mark.parametrize(
    "signature",
    [
        "中共浏阳市某局党组    2024年11月8日\n",
        "中共浏阳市某局党组 2024年11月8日\n抄送：县委巡察办。\n浏阳市某局办公室 2024年11月8日印发\n",
    ],
)
def test_a_signer_and_date_on_one_line_close_the_notice(signature: str) -> None:
    assert _read(signature) == (_SIGNER, "2024-11-08", [], 3)
