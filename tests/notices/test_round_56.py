"""Round 56's classes (issue 19): the patterns of the genre its first reading missed, with members it does not print."""

import pytest

from notices.lexicon import CHROME_RE, OWNER_PART_RE, PROBLEM_WORDING_RE


@pytest.mark.parametrize(
    "heading",
    ["和静县巴润哈尔莫敦镇党委", "乌拉特前旗白彦花镇党委", "银川市兴庆区凤凰北街街道党工委", "贡山县丙中洛乡党委"],
)
def test_a_bare_body_name_is_an_owner_part(heading: str) -> None:
    """一、<place><organisation>: a page over several bodies lists each body's records under its bare name."""
    assert OWNER_PART_RE.match(heading)


@pytest.mark.parametrize("heading", ["加强基层党组织建设", "落实全面从严治党主体责任方面", "整改工作开展情况"])
def test_an_area_or_a_task_is_no_owner_part(heading: str) -> None:
    assert not OWNER_PART_RE.match(heading)


@pytest.mark.parametrize(
    "headline", ["矛盾纠纷较为突出", "村民增收渠道偏窄", "涉农资金台账管理不精细", "护林员队伍不稳定"]
)
def test_short_verdicts_read_as_problems(headline: str) -> None:
    """A kind of problem standing out, a way too narrow, a want of care or steadiness: a record's headline."""
    assert PROBLEM_WORDING_RE.search(headline)


@pytest.mark.parametrize("line", ["image002.jpg", "微信图片_20240105.png", "1.JPG", "banner.gif"])
def test_an_image_file_name_is_page_furniture(line: str) -> None:
    """A picture the page showed, left as its file's name: never a heading of the notice."""
    assert CHROME_RE.search(line)


@pytest.mark.parametrize("line", ["(一)学习贯彻不深入方面", "问题1:公务用车管理不规范。"])
def test_a_heading_is_no_image(line: str) -> None:
    assert not CHROME_RE.search(line)
