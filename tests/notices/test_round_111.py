"""Round 111's classes (issue 19, ordinary notices as Word files): the ongoing verb with the 中 of its aspect before
the count of the open problems, a done section's heading joined to the keeping up of its result, and Word's legal
numbering (isLgl). The round's notices print none of these members (its first reading was whole); each was met by
varying the round's own placements (the counts paragraph, the status sections, Word's list numbering)."""

from __future__ import annotations

import pytest

from notices.header import read_claims
from notices.status.sections import heading_status


@pytest.mark.parametrize(
    ("sentence", "in_progress"),
    [
        ("巡察反馈问题共9个，已完成整改7个，正在整改中2个。", 2),
        ("已整改5个，持续推进中1个。", 1),
        ("已完成整改6个，还在推进中2个。", 2),
        ("已办结6个，仍在整改中3个。", 3),
        ("已完成整改8个，正在推进中的问题2个。", 2),
    ],
)
def test_the_ongoing_verb_with_its_zhong_counts_the_open_problems(sentence: str, in_progress: int) -> None:
    assert read_claims(sentence).in_progress == in_progress


@pytest.mark.parametrize(
    "sentence",
    ["已完成9个，推进中的问题2个。", "已销号5个，整改中的问题1个。", "已完成7个，持续推进中的问题2个。"],
)
def test_a_status_with_zhong_before_the_noun_makes_no_total(sentence: str) -> None:
    # the count after 整改中的问题 / 推进中的问题 is that status's, not the notice's problems
    assert read_claims(sentence).problems is None


def test_a_plans_object_is_still_no_count() -> None:
    # 尚在整改中的3个问题 with 的 before the count: the object of a closing plan (round 16), unchanged
    assert read_claims("镇党委将对尚在整改中的3个问题持续跟踪督办。").in_progress is None


@pytest.mark.parametrize(
    "heading",
    [
        "（二）已完成整改并持续巩固的问题",
        "二、已整改到位、需持续巩固的问题（3个）",
        "已完成并不断深化的整改事项",
        "（一）已完成整改，持续巩固提升的问题",
    ],
)
def test_a_done_sections_heading_with_the_keeping_up_states_done(heading: str) -> None:
    assert heading_status(heading) == "done"


@pytest.mark.parametrize(
    ("first", "labels"),
    [
        (("chineseCounting", "%1、"), ["一、", "1.1", "1.2", "二、", "2.1"]),
        (("chineseCounting", "（%1）"), ["（一）", "1.1", "1.2", "（二）", "2.1"]),
        (("chineseCounting", "第%1部分"), ["第一部分", "1.1", "1.2", "第二部分", "2.1"]),
    ],
)
def test_words_legal_numbering_shows_every_level_in_figures(first: tuple[str, str], labels: list[str]) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from notices.extract import ListNumbers

    document = docx.Document()
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    for ilvl, (fmt, text) in enumerate([first, ("decimal", "%1.%2")]):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        if ilvl == 1:
            lvl.insert(1, OxmlElement("w:isLgl"))  # 正规形式编号: the second level's text shows 1.1, not 一.1
        abstract.append(lvl)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    paragraphs = []
    for ilvl in (0, 1, 1, 0, 1):
        paragraph = document.add_paragraph("某方面" if ilvl == 0 else "某问题")
        numpr = OxmlElement("w:numPr")
        for tag, value in (("w:ilvl", ilvl), ("w:numId", 90)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), str(value))
            numpr.append(child)
        paragraph._p.get_or_add_pPr().append(numpr)
        paragraphs.append(paragraph)
    numbers = ListNumbers(document)
    assert [numbers.label(p._p) for p in paragraphs] == labels
