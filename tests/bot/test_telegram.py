"""The bot end to end: real python-telegram-bot, stand-in Bot API, assertions on what the bot sends."""

from __future__ import annotations

import asyncio
import csv
import io
import re
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from answers.answer import answer
from tests.conftest import DATA, SAMPLES
from tests.notice_files import to_docx, to_pdf

from .conftest import Bot, start, stop

SHUOZHOU = (SAMPLES / "003_4ec4d330bc6282d2.txt").read_text("utf-8")
XUPU = (SAMPLES / "000_a6a853e402721468.txt").read_text("utf-8")


async def ingest_samples(bot: Bot, chat: int = 1) -> None:
    for p in sorted(SAMPLES.glob("*.txt")):
        bot.api.document(chat, p.name, p.read_bytes())
    await bot.api.wait_for(lambda: sum("已收录" in t for t in bot.api.texts(chat)) == 5)


async def test_commands_are_registered_in_chinese_and_english(bot: Bot) -> None:
    calls = await bot.api.wait_for(lambda: len(bot.api.sent("setMyCommands")) >= 14 and bot.api.sent("setMyCommands"))
    menus = {(c.params.get("language_code"), c.params.get("scope", {}).get("type"), c.params.get("scope", {}).get(
        "chat_id")): c.params["commands"] for c in calls}  # fmt: skip
    everyone = {"start", "help", "ask", "subscribe", "remind", "export", "stats", "lang"}
    zh, en = menus[(None, "all_private_chats", None)], menus[("en", "all_group_chats", None)]
    assert {c["command"] for c in zh} >= everyone and "undo" not in {c["command"] for c in zh}
    assert any(c["description"] == "全部命令及示例" for c in zh)  # descriptions in that language only
    assert not re.search(r"[A-Za-z]{3,}", " ".join(c["description"] for c in zh if c["command"] != "lang"))
    assert en[2]["description"].startswith("Ask a question") and not re.search(r"[\u4e00-\u9fff]", str(en))
    admin = menus[("en", "chat", 100)]  # the admins' menus add the admin-only commands
    assert "undo" in {c["command"] for c in admin} and "undo" in {c["command"] for c in menus[(None, "chat", 1)]}


async def test_a_forwarded_docx_is_stored_and_queryable(bot: Bot) -> None:
    bot.api.document(100, "朔州通报.docx", to_docx(SHUOZHOU))
    summary = await bot.api.wait_text(100, "已收录")
    assert "<b>朔州市科学技术局党组</b>" in summary and "33个问题" in summary
    assert "⚠ 通报自述已完成32个，正文列出31个" in summary
    assert any("正在读取" in t for t in bot.api.texts(100))  # progress shown while it works
    bot.api.message(100, "朔州还有哪些问题没整改完")
    reply = await bot.api.wait_text(100, "还没整改完的问题")
    assert "存在人员混岗问题" in reply and "第10项" in reply


async def test_a_pdf_and_a_gb18030_txt_are_stored(bot: Bot) -> None:
    bot.api.document(100, "xupu.pdf", to_pdf(XUPU))
    assert "溆浦县科学技术局党组" in await bot.api.wait_text(100, "已收录", timeout=30)
    bot.api.document(100, "tianchang.txt", (SAMPLES / "001_686cb75796c8888e.txt").read_text("utf-8").encode("gb18030"))
    assert "天长市科学技术局党组" in await bot.api.wait_for(
        lambda: next((t for t in bot.api.texts(100) if "已收录" in t and "天长" in t), None)
    )


async def test_a_duplicate_is_recognised(bot: Bot) -> None:
    bot.api.document(100, "a.txt", SHUOZHOU.encode())
    await bot.api.wait_text(100, "已收录")
    bot.api.document(100, "same-notice.docx", to_docx(SHUOZHOU))
    assert "已经收录过了" in await bot.api.wait_text(100, "已经收录过了")
    assert answer(bot.store, "有哪些单位").agencies == ["朔州市科学技术局党组"]


async def test_only_admins_may_add_notices(bot: Bot) -> None:
    bot.api.document(555, "a.txt", SHUOZHOU.encode(), user_id=555)
    assert "只有管理员可以添加通报" in await bot.api.wait_text(555, "管理员")
    assert bot.store.stats()["notices"] == 0


async def test_oversized_and_unsupported_files_get_a_clear_reply(bot: Bot) -> None:
    bot.api.document(100, "big.pdf", b"%PDF-1.4", size=5 * 1024 * 1024)
    assert "文件太大" in await bot.api.wait_text(100, "文件太大")
    bot.api.document(100, "archive.rar", b"Rar!\x1a\x07\x00")
    assert "txt、md、docx、doc、rtf、odt、xlsx、xls、ods、pdf、ofd、html、mht" in await bot.api.wait_text(
        100, "无法读取"
    )
    bot.api.document(100, "news.txt", "全县召开经济工作会议。会议部署了明年工作。".encode())
    assert "读起来不像巡察（巡视）整改进展情况的通报" in await bot.api.wait_text(100, "❌")
    assert bot.store.stats()["notices"] == 0
    assert bot.api.sent("getFile") == [] or len(bot.api.sent("getFile")) == 1  # only the notice-like file fetched


async def test_a_question_gets_its_answer_in_english_too(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(100, "which agencies have travel expense problems")
    reply = await bot.api.wait_text(100, "agencies have")
    assert "溆浦县科学技术局党组" in reply and "青神县科学技术协会党组" in reply


async def test_ambiguous_names_offer_buttons_and_a_choice_answers(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(100, "科技局还有哪些问题没整改完")
    call = await bot.api.wait_for(
        lambda: next((c for c in bot.api.sent("sendMessage", 100) if "请说明是哪一个" in c.params["text"]), None)
    )
    buttons = [row[0] for row in call.params["reply_markup"]["inline_keyboard"]]
    assert {b["text"] for b in buttons} == {
        "溆浦县科学技术局党组",
        "天长市科学技术局党组",
        "朔州市科学技术局党组",
        "源城区科技局党组",
    }
    shuozhou = next(b for b in buttons if b["text"] == "朔州市科学技术局党组")
    bot.api.press(100, shuozhou["callback_data"])
    assert "<b>朔州市科学技术局党组</b> 还没整改完的问题" in await bot.api.wait_text(100, "存在人员混岗问题")
    assert bot.api.sent("editMessageReplyMarkup", 100)[0].params.get("reply_markup") in (None, "")  # keyboard gone


@pytest.mark.parametrize(("lang", "expired"), [("zh-hans", "这个按钮已过期"), ("en", "This button has expired")])
async def test_a_choice_the_bot_no_longer_remembers_says_it_expired(bot: Bot, lang: str, expired: str) -> None:
    bot.api.press(100, "ch:0badc0de:1", lang=lang)  # as after a restart: the question behind it is gone
    alert = await bot.api.wait_for(lambda: bot.api.sent("answerCallbackQuery"))
    assert expired in alert[0].params["text"] and alert[0].params["show_alert"] is True


async def test_groups_answer_ask_and_mentions_only(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(-500, "朔州还有哪些问题没整改完", chat_type="group", user_id=7)
    bot.api.message(-500, "/ask 溆浦问题21整改了吗", chat_type="group", user_id=7)
    assert "差旅费报销不规范" in await bot.api.wait_text(-500, "问题21")
    bot.api.message(-500, "@rectibot_test_bot 有哪些单位", chat_type="group", user_id=7)
    await bot.api.wait_text(-500, "收录的单位")
    assert not any("还没整改完" in t for t in bot.api.texts(-500))


def many_open_problems(count: int = 40) -> str:
    """A notice with a long list of problems still in progress."""
    lines = [
        "中共阜宁县发展和改革局党组关于巡察整改进展情况的通报",
        "根据县委统一部署，2024年3月1日至4月30日，县委第一巡察组对县发改局党组进行了巡察，6月1日反馈了巡察意见。",
        "一、巡察反馈问题整改情况",
    ]
    for k in range(1, count + 1):
        lines += [
            f"{k}.第{k}批重点项目前期工作推进缓慢，可行性研究、用地预审和环境影响评价等要件办理进度滞后于年度计划，"
            "涉及交通、水利和产业园区基础设施等多个领域",
            "整改措施：正在与自然资源、生态环境部门对接中，待要件齐全后报县政府审批。",
            "整改进度：正在推进",
        ]
    return "\n".join(lines)


async def test_a_long_answer_is_split_into_pages_with_buttons(bot: Bot) -> None:
    bot.api.document(100, "funing.txt", many_open_problems().encode())
    await bot.api.wait_text(100, "已收录")
    bot.api.message(100, "阜宁县发改局还有哪些问题没整改完")
    first = await bot.api.wait_for(
        lambda: next(
            (
                c
                for c in bot.api.sent("sendMessage", 100)
                if "reply_markup" in c.params and "pg:" in str(c.params["reply_markup"])
            ),
            None,
        )
    )
    assert len(first.params["text"]) <= 4096
    keyboard = first.params["reply_markup"]["inline_keyboard"][0]
    assert keyboard[0]["text"] == "1/2" and keyboard[-1]["text"] == "▶"
    bot.api.press(100, keyboard[-1]["callback_data"], message_id=5)
    edit = await bot.api.wait_for(lambda: bot.api.sent("editMessageText", 100))
    assert edit[-1].params["text"] != first.params["text"] and len(edit[-1].params["text"]) <= 4096
    assert first.params["text"].count("<b>") == first.params["text"].count("</b>")  # never cut mid-tag


async def test_export_sends_a_ledger_in_the_readers_language(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(100, "/export")
    docs = await bot.api.wait_for(
        lambda: len(bot.api.sent("sendDocument", 100)) == 2 and bot.api.sent("sendDocument", 100)
    )
    name, data = docs[0].params["document"]
    assert name == "整改台账.xlsx"
    book = load_workbook(io.BytesIO(data))
    rows = [r for sheet in book.worksheets[1:] for r in sheet.iter_rows(min_row=2, values_only=True)]  # [0]: 汇总
    assert book.worksheets[1]["I1"].value == "整改状态" and len(rows) == 145
    assert {r[8] for r in rows} <= {"已完成", "已完成并长期坚持", "正在推进", "未标明进度"}  # status in words
    csv_name, csv_data = docs[1].params["document"]
    assert csv_name == "整改台账.csv" and len(list(csv.reader(io.StringIO(csv_data.decode("utf-8-sig"))))) == 146


async def test_flood_control_is_waited_out_and_retried(bot: Bot) -> None:
    await ingest_samples(bot)
    before = len(bot.api.sent("sendMessage", 100))
    bot.api.fail("sendMessage", 429, retry_after=1)
    bot.api.message(100, "有哪些单位")
    await bot.api.wait_text(100, "收录的单位")
    attempts = bot.api.sent("sendMessage", 100)[before:]
    assert [a.status for a in attempts] == [429, 200] and attempts[1].at - attempts[0].at >= 0.9


async def test_subscribe_then_the_reminder_arrives_at_its_time_once(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(200, "/subscribe 朔州科技局")
    assert "下次提醒：2026-03-02 09:00（Asia/Shanghai）" in await bot.api.wait_text(200, "已订阅")
    job = bot.app.job_queue.get_jobs_by_name("remind:200")[0]
    await job.run(bot.app)  # before its time: nothing
    assert not any("整改提醒" in t for t in bot.api.texts(200))
    bot.clock.now += timedelta(hours=1)  # 09:00 Shanghai
    await bot.app.job_queue.get_jobs_by_name("remind:200")[0].run(bot.app)
    reminder = await bot.api.wait_text(200, "整改提醒")
    assert "存在人员混岗问题" in reminder and "等待省厅发文" in reminder
    await bot.app.job_queue.get_jobs_by_name("remind:200")[0].run(bot.app)
    assert sum("整改提醒" in t for t in bot.api.texts(200)) == 1


async def test_a_region_subscription_covers_its_agencies(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(200, "/subscribe 广东")
    assert "广东省" in await bot.api.wait_text(200, "已订阅")
    bot.clock.now += timedelta(hours=1)
    await bot.app.job_queue.get_jobs_by_name("remind:200")[0].run(bot.app)
    assert "源城区科技局党组" in await bot.api.wait_text(200, "整改提醒")


async def test_a_blocked_chat_is_paused_and_resumed_by_start(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(300, "/subscribe 朔州")
    await bot.api.wait_text(300, "已订阅")
    bot.clock.now += timedelta(hours=1)
    bot.api.fail("sendMessage", 403)
    await bot.app.job_queue.get_jobs_by_name("remind:300")[0].run(bot.app)
    subs = bot.subscriptions
    assert subs.chat(300).paused and not bot.app.job_queue.get_jobs_by_name("remind:300")
    bot.api.message(300, "/start")
    await bot.api.wait_text(300, "提醒已恢复")
    assert not subs.chat(300).paused
    await bot.api.wait_text(300, "整改提醒")  # the reminder that was due goes out once resumed
    await bot.api.wait_for(lambda: bot.app.job_queue.get_jobs_by_name("remind:300"))  # and the next is planned


async def test_my_chat_member_kicked_pauses(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(300, "/subscribe 朔州")
    await bot.api.wait_text(300, "已订阅")
    bot.api.blocked_by(300)
    subs = bot.subscriptions
    await bot.api.wait_for(lambda: subs.chat(300).paused)


async def test_restart_restores_the_schedule_and_sends_a_missed_reminder_once(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(200, "/subscribe 朔州科技局")
    await bot.api.wait_text(200, "已订阅")
    bot.clock.now += timedelta(hours=1)
    await bot.app.job_queue.get_jobs_by_name("remind:200")[0].run(bot.app)
    await bot.api.wait_text(200, "整改提醒")
    await stop(bot.app)
    bot.clock.now += timedelta(days=3)  # down for three days: three reminders fell due
    bot.app = await start(bot.api, bot.config, bot.clock)  # a new process over the same database
    await bot.api.wait_for(lambda: sum("整改提醒" in t for t in bot.api.texts(200)) == 2)
    await asyncio.sleep(0.3)
    assert sum("整改提醒" in t for t in bot.api.texts(200)) == 2  # the missed reminder, once
    job = bot.app.job_queue.get_jobs_by_name("remind:200")[0]
    assert job.next_t is not None and job.next_t > bot.clock.now  # and the next one is scheduled
    await job.run(bot.app)  # run again at the same moment: nothing more
    assert sum("整改提醒" in t for t in bot.api.texts(200)) == 2


async def test_remind_in_everyday_words_says_the_next_time(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(200, "/subscribe 朔州科技局")
    await bot.api.wait_text(200, "已订阅")
    bot.api.message(200, "/remind 每周一上午九点")  # it is Monday 2026-03-02, 08:00 in Shanghai
    reply = await bot.api.wait_text(200, "好的")
    assert "每周一 09:00（Asia/Shanghai）" in reply and "下次提醒：2026-03-02（周一）09:00" in reply
    bot.api.message(200, "/remind 免打扰 晚上十点到早上八点")
    assert "免打扰 22:00-08:00" in await bot.api.wait_text(200, "免打扰 22:00")
    bot.api.message(200, "/remind tz Europe/Berlin", lang="en")
    reply = await bot.api.wait_text(200, "OK:")
    assert "Mondays at 09:00 (Europe/Berlin)" in reply and "Next reminder: Mon 2026-03-02 09:00" in reply
    bot.api.message(200, "/remind weekly someday 18:30", lang="en")
    await bot.api.wait_text(200, "Which day of the week?")
    bot.api.message(200, "/subscriptions")
    assert "提醒：每周一 09:00（Europe/Berlin）" in await bot.api.wait_text(200, "<b>订阅</b>")


async def test_a_pasted_notice_is_offered_for_ingest(bot: Bot) -> None:
    bot.api.message(100, XUPU[:3900])  # a message holds at most 4096 characters: this one is cut off
    offer = await bot.api.wait_for(
        lambda: next((c for c in bot.api.sent("sendMessage", 100) if "要收录吗" in c.params["text"]), None)
    )
    bot.api.press(100, offer.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
    held = await bot.api.wait_text(100, "尚未收录")
    assert "只列出15个问题，自述却有34个，看起来不完整" in held
    assert bot.store.stats()["notices"] == 0


async def test_an_overdue_item_is_marked_in_the_answer(bot: Bot) -> None:
    notice = (DATA / "genre" / "shanxi_keji_inline.txt").read_bytes()
    bot.api.document(100, "shanxi.txt", notice)
    await bot.api.wait_text(100, "已收录")
    bot.api.message(100, "山西省科学技术厅还有哪些问题没整改完")  # 2026-03-02 in Shanghai; item 5 was due 2025-06-30
    assert "时限：2025-06-30（已逾期 245 天）" in (await bot.api.wait_text(100, "已逾期")).replace("<b>", "").replace(
        "</b>", ""
    )


async def test_a_follow_up_is_answered_in_the_chats_context(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(100, "朔州还有哪些问题没整改完")
    await bot.api.wait_text(100, "存在人员混岗问题")
    bot.api.message(100, "那青神呢")
    reply = await bot.api.wait_text(100, "青神县科学技术协会党组")
    assert "固定资产管理不善" in reply  # 青神 12: declared done, text pending


async def test_the_context_survives_a_restart(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(100, "青神#12")
    await bot.api.wait_text(100, "固定资产管理不善")
    await stop(bot.app)
    bot.app = await start(bot.api, bot.config, bot.clock)  # a new process over the same database
    bot.api.message(100, "第16项呢")
    assert "项目成效不明显" in await bot.api.wait_text(100, "第16项")


async def test_chats_never_share_context(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(100, "青神#12")
    await bot.api.wait_text(100, "固定资产管理不善")
    bot.api.message(200, "第16项呢", user_id=200)
    assert "请说明是哪个单位" in await bot.api.wait_text(200, "请说明")


async def test_a_name_not_recognised_offers_the_suggestion_as_a_button(bot: Bot) -> None:
    await ingest_samples(bot)
    bot.api.message(100, "朔州市民政局还有哪些问题没整改完")
    call = await bot.api.wait_for(
        lambda: next((c for c in bot.api.sent("sendMessage", 100) if "没有认出" in c.params["text"]), None)
    )
    assert "你是指朔州市科学技术局党组吗" in call.params["text"]
    [[button]] = call.params["reply_markup"]["inline_keyboard"]
    assert button["text"] == "朔州市科学技术局党组"
    bot.api.press(100, button["callback_data"])
    assert "<b>朔州市科学技术局党组</b> 还没整改完的问题" in await bot.api.wait_text(100, "存在人员混岗问题")
