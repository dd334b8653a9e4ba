"""/subscribe, /unsubscribe, /subscriptions, /remind: which agencies a chat follows and when."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import Chat, ChatMember, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from answers.resolve import directory, resolve
from presentation.i18n import t
from presentation.markup import esc
from reminders.render import describe_schedule, remind_problem, remind_reply
from reminders.schedule import apply_remind, next_due, next_run

from .context import Services, services
from .send import chat_language, choice_keyboard, reader_language

ANONYMOUS_ADMIN = 1087968824  # GroupAnonymousBot: the sender shown for a group admin posting anonymously


async def may_manage(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether the sender may change this chat's subscriptions and schedule: anyone in a private chat;
    in a group its administrators and the bot's admins. Others are told so in one line."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or chat.type == Chat.PRIVATE:
        return True
    if message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True  # the group itself: an administrator posting anonymously
    if user is not None and user.id in services(context).settings.admins:
        return True
    if user is not None and user.id != ANONYMOUS_ADMIN:
        member = await context.bot.get_chat_member(chat.id, user.id)
        if member.status in (ChatMember.ADMINISTRATOR, ChatMember.OWNER):
            return True
    refusal = t(chat_language(update, context), "group-admins-only")
    if update.callback_query is not None:  # a button (its callback data may be forged): an alert, no change
        await update.callback_query.answer(refusal, show_alert=True)
    elif message is not None:
        await message.reply_text(refusal)
    return False


async def ensure_chat(svc: Services, chat_id: int, lang: str) -> None:
    """The chat's row (schedule defaults from the config), its language following the person setting it
    up unless the chat chose one with /lang."""
    s = svc.settings
    await svc.db(
        svc.subscriptions.ensure_chat,
        chat_id, timezone=s.timezone, time=s.time, quiet_hours=s.quiet_hours, now=svc.clock(), lang=lang,
    )  # fmt: skip
    await svc.db(svc.subscriptions.set_language, chat_id, lang, chosen=False)


async def on_subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/subscribe <agency or region>."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None
    if not await may_manage(update, context):
        return
    name, lang = " ".join(context.args or []).strip(), chat_language(update, context)
    if not name:
        await message.reply_text(t(lang, "subscribe-usage"))
        return
    svc = services(context)
    res = resolve(name, directory(svc.store))
    if res.choices:
        ids = {a.name: a.id for a in svc.store.agencies()}
        owner = update.effective_user.id if update.effective_user else ""  # the buttons answer the asker only
        markup = choice_keyboard([(c, f"sub:{ids[c]}:{owner}") for c in res.choices if c in ids])
        await message.reply_text(t(lang, "several-match"), reply_markup=markup)
        return
    if not res.agencies:
        hint = ("\n" + t(lang, "closest", names="、".join(res.suggestions))) if res.suggestions else ""
        await message.reply_text(t(lang, "no-notice-matches", name=name) + hint)
        return
    if len(res.agencies) == 1 and not (res.place and res.place not in res.agencies[0].name):
        target, kind = res.agencies[0].name, "agency"
    else:
        target, kind = (res.place or res.agencies[0].region or name), "place"
    await subscribe(update, context, chat.id, target, kind)


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE, chat_id: int, target: str, kind: str) -> None:
    svc = services(context)
    await ensure_chat(svc, chat_id, reader_language(update))
    added = await svc.db(svc.subscriptions.subscribe, chat_id, target, kind, svc.clock())
    svc.reschedule(chat_id)
    chat = svc.subscriptions.chat(chat_id)
    assert chat is not None
    lang = chat.lang
    when = next_due(chat, svc.clock()).astimezone(ZoneInfo(chat.timezone))
    text = t(lang, "subscribed" if added else "already-subscribed", target=esc(target))
    text += t(lang, "region-scope") if kind == "place" else ""
    text += "\n" + t(lang, "next-reminder", when=f"{when:%Y-%m-%d %H:%M}", zone=esc(chat.timezone))
    target_message = update.effective_message
    if update.callback_query and update.callback_query.message:
        await update.callback_query.edit_message_text(text, parse_mode=ParseMode.HTML)
    elif target_message is not None:
        await target_message.reply_text(text, parse_mode=ParseMode.HTML)


async def on_unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/unsubscribe <name> removes one; without a name, buttons list the chat's subscriptions."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None
    if not await may_manage(update, context):
        return
    svc, lang = services(context), chat_language(update, context)
    subs = svc.subscriptions.of_chat(chat.id)
    if not subs:
        await message.reply_text(t(lang, "no-subscriptions"))
        return
    name = " ".join(context.args or []).strip()
    if not name:
        owner = update.effective_user.id if update.effective_user else ""  # the buttons answer the asker only
        options = [(s.target, f"uns:{i}:{owner}") for i, s in enumerate(subs)]
        options.append((t(lang, "unsubscribe-all"), f"uns:all:{owner}"))
        await message.reply_text(t(lang, "unsubscribe-which"), reply_markup=choice_keyboard(options))
        return
    matches = [s for s in subs if name in s.target or s.target in name]
    if not matches:
        await message.reply_text(t(lang, "no-subscription-matches", name=name))
        return
    for s in matches:
        await svc.db(svc.subscriptions.unsubscribe, chat.id, s.target)
    svc.reschedule(chat.id)
    await message.reply_text(t(lang, "unsubscribed", names="、".join(s.target for s in matches)))


async def on_subscriptions(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/subscriptions: what this chat follows and when it is reminded."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None
    svc, lang = services(context), chat_language(update, context)
    subs = svc.subscriptions.of_chat(chat.id)
    schedule = svc.subscriptions.chat(chat.id)
    if not subs or schedule is None:
        await message.reply_text(t(lang, "no-subscriptions-hint"))
        return
    lines = [t(lang, "subscriptions-title")]
    lines += [f"• {esc(s.target)}" + (t(lang, "region-mark") if s.kind == "place" else "") for s in subs]
    lines.append(t(lang, "reminders-line", schedule=describe_schedule(schedule, lang)))
    if schedule.paused:
        lines.append(t(lang, "paused"))
    await message.reply_text("\n".join(lines), parse_mode=ParseMode.HTML)


async def on_remind(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/remind in everyday words (每周一上午九点, daily 9am, 时区 北京, quiet 22:00-08:00, off)."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None
    if not await may_manage(update, context):
        return
    svc, lang = services(context), chat_language(update, context)
    await ensure_chat(svc, chat.id, reader_language(update))
    current = svc.subscriptions.chat(chat.id)
    assert current is not None
    fields = {"frequency": current.frequency, "weekday": current.weekday, "time": current.time,
              "timezone": current.timezone, "quiet_hours": current.quiet_hours}  # fmt: skip
    problem = apply_remind(" ".join(context.args or []), fields)
    if problem is not None:
        await message.reply_text(remind_problem(problem, lang), parse_mode=ParseMode.HTML)
        return
    await svc.db(svc.subscriptions.set_schedule, chat.id, **fields)
    svc.reschedule(chat.id)
    schedule = svc.subscriptions.chat(chat.id)
    assert schedule is not None
    upcoming = next_run(schedule, svc.clock())
    await message.reply_text(remind_reply(schedule, upcoming, lang), parse_mode=ParseMode.HTML)
