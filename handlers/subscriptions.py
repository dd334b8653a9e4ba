"""/subscribe, /unsubscribe, /subscriptions, /remind: which agencies a chat follows and when."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import Chat, ChatMember, Update

from presentation.i18n import t
from presentation.markup import esc
from reminders.render import describe_schedule, remind_problem, remind_reply
from reminders.schedule import next_due
from usecases import subscriptions
from usecases.subscriptions import Target

from .context import Context, services
from .reminders import plan_reminder
from .send import chat_language, choice_keyboard, reader_language

ANONYMOUS_ADMIN = 1087968824  # GroupAnonymousBot: the sender shown for a group admin posting anonymously


async def may_manage(update: Update, context: Context) -> bool:
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


async def on_subscribe(update: Update, context: Context) -> None:
    """/subscribe <agency or region>."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None
    if not await may_manage(update, context):
        return
    name, lang = " ".join(context.args or []).strip(), chat_language(update, context)
    if not name:
        await message.reply_text(t(lang, "subscribe-usage"))
        return
    found = await subscriptions.find_target(services(context), name)
    if found.choices:
        owner = update.effective_user.id if update.effective_user else ""  # the buttons answer the asker only
        markup = choice_keyboard([(c, f"sub:{agency_id}:{owner}") for c, agency_id in found.choices])
        await message.reply_text(t(lang, "several-match"), reply_markup=markup)
        return
    if found.target is None:
        hint = ("\n" + t(lang, "closest", names="、".join(map(esc, found.suggestions)))) if found.suggestions else ""
        await message.reply_text(t(lang, "no-notice-matches", name=esc(name)) + hint)
        return
    await subscribe(update, context, chat.id, found.target)


async def subscribe(update: Update, context: Context, chat_id: int, target: Target) -> None:
    svc = services(context)
    done = await subscriptions.subscribe(svc, chat_id, target, reader_language(update))
    plan_reminder(context.job_queue, chat_id, done.next_run, svc.clock())
    chat, lang = done.chat, done.chat.lang
    when = next_due(chat, svc.clock()).astimezone(ZoneInfo(chat.timezone))
    text = t(lang, "subscribed" if done.added else "already-subscribed", target=esc(target.name))
    text += t(lang, "region-scope") if target.kind == "place" else ""
    text += "\n" + t(lang, "next-reminder", when=f"{when:%Y-%m-%d %H:%M}", zone=esc(chat.timezone))
    target_message = update.effective_message
    if update.callback_query and update.callback_query.message:
        await update.callback_query.edit_message_text(text)
    elif target_message is not None:
        await target_message.reply_text(text)


async def on_unsubscribe(update: Update, context: Context) -> None:
    """/unsubscribe <name> removes one; without a name, buttons list the chat's subscriptions."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None
    if not await may_manage(update, context):
        return
    svc, lang = services(context), chat_language(update, context)
    subs, _ = await subscriptions.subscriptions(svc, chat.id)
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
    done = await subscriptions.unsubscribe(svc, chat.id, name)
    if not done.names:
        await message.reply_text(t(lang, "no-subscription-matches", name=esc(name)))
        return
    plan_reminder(context.job_queue, chat.id, done.next_run, svc.clock())
    await message.reply_text(t(lang, "unsubscribed", names="、".join(map(esc, done.names))))


async def on_subscriptions(update: Update, context: Context) -> None:
    """/subscriptions: what this chat follows and when it is reminded."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None
    subs, schedule = await subscriptions.subscriptions(services(context), chat.id)
    lang = chat_language(update, context)
    if not subs or schedule is None:
        await message.reply_text(t(lang, "no-subscriptions-hint"))
        return
    lines = [t(lang, "subscriptions-title")]
    lines += [f"• {esc(s.target)}" + (t(lang, "region-mark") if s.kind == "place" else "") for s in subs]
    lines.append(t(lang, "reminders-line", schedule=describe_schedule(schedule, lang)))
    if schedule.paused:
        lines.append(t(lang, "paused"))
    await message.reply_text("\n".join(lines))


async def on_remind(update: Update, context: Context) -> None:
    """/remind in everyday words (每周一上午九点, daily 9am, 时区 北京, quiet 22:00-08:00, off)."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None and chat is not None
    if not await may_manage(update, context):
        return
    svc, lang = services(context), chat_language(update, context)
    done = await subscriptions.set_reminders(svc, chat.id, " ".join(context.args or []), reader_language(update))
    if done.problem is not None:
        await message.reply_text(remind_problem(done.problem, lang))
        return
    assert done.chat is not None
    plan_reminder(context.job_queue, chat.id, done.next_run, svc.clock())
    await message.reply_text(remind_reply(done.chat, done.next_run, lang))
