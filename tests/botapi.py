"""A stand-in for the Telegram Bot API on 127.0.0.1, for end-to-end tests and the bot benchmark.

The real python-telegram-bot Application talks to it over HTTP (base_url/base_file_url). It serves
getMe, getUpdates (long polling), sendMessage, editMessageText, sendDocument, sendPhoto, getFile and file
download (streamed without a length, so a file larger than declared is caught only by counting),
getChatMember, answerCallbackQuery, setMyCommands, sendChatAction, setWebhook, deleteWebhook; it records
every call, and can be told to answer the next calls of a method with an error (429 flood control, 403
blocked, 400 chat not found, 401 bad token, 5xx).
It also serves requests sent to it as an HTTP proxy (absolute URLs), recording the hosts asked for.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

TOKEN = "123456:TEST-token-never-logged"
BOT_USER = {
    "id": 123456, "is_bot": True, "first_name": "rectibot", "username": "rectibot_test_bot",
    "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False,
}  # fmt: skip


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    status: int = 200


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # the bot opens many connections at once when updates run concurrently


class FakeBotAPI:
    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.updates: list[dict[str, Any]] = []
        self.files: dict[str, tuple[str, bytes]] = {}
        self.failures: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        self.pushed_at: dict[int, float] = {}
        self.message_ids: dict[int, int] = {}  # update_id -> message_id
        self.proxied_hosts: set[str] = set()  # hosts of requests that came to it as a proxy
        self.latency = 0.0  # seconds each Bot API call takes to answer (a far-away Telegram)
        self.latencies: dict[str, float] = {}  # seconds the calls of one method take, instead of `latency`
        self.declared: dict[str, int] = {}  # file_id -> the size getFile announces (default: the real one)
        self.group_admins: dict[int, set[int]] = {}  # chat -> user ids getChatMember calls administrators
        self.markups: dict[tuple[Any, Any], Any] = {}  # (chat, message) -> its inline keyboard now, or None
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._cond = threading.Condition()
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.02,), daemon=True
        )  # stops within 20 ms

    # --- life ------------------------------------------------------------------------------------
    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    def start(self) -> FakeBotAPI:
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()

    # --- what users do ---------------------------------------------------------------------------
    def _push(self, update: dict[str, Any]) -> int:
        with self._cond:
            update_id = next(self._update_ids)
            update["update_id"] = update_id
            self.updates.append(update)
            self.pushed_at[update_id] = time.monotonic()
            self._cond.notify_all()
        return update_id

    def message(self, chat_id: int, text: str = "", *, user_id: int | None = None, chat_type: str = "private",
                lang: str | None = None, **extra: Any) -> int:  # fmt: skip
        """A user sends a message (a command if it starts with /); `lang` is their app's language_code."""
        user = _user(user_id or chat_id, lang)
        chat = {"id": chat_id, "type": chat_type, **({"title": "Group"} if chat_type != "private" else {})}
        msg: dict[str, Any] = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat,
                               "from": user, **extra}  # fmt: skip
        if text:
            msg["text"] = text
            entities = []
            if text.startswith("/"):
                entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
            mention = f"@{BOT_USER['username']}"
            if mention in text:
                entities.append({"type": "mention", "offset": text.index(mention), "length": len(mention)})
            for link in re.finditer(r"https?://[^\s，。、]+", text):  # as Telegram marks links (UTF-16 offsets)
                offset = len(text[: link.start()].encode("utf-16-le")) // 2
                entities.append({"type": "url", "offset": offset, "length": len(link.group().encode("utf-16-le")) // 2})
            if entities:
                msg["entities"] = entities
        update_id = self._push({"message": msg})
        self.message_ids[update_id] = msg["message_id"]
        return update_id

    def document(self, chat_id: int, name: str, data: bytes, *, user_id: int | None = None,
                 size: int | None = None, chat_type: str = "private", caption: str = "",
                 lang: str | None = None) -> int:  # fmt: skip
        """A user sends (or forwards) a file; `size` is what Telegram declares (None: omitted, as it may be)."""
        file_id = f"file{len(self.files) + 1}"
        self.files[file_id] = (f"documents/{name}", data)
        doc: dict[str, Any] = {"file_id": file_id, "file_unique_id": "u" + file_id, "file_name": name}
        if size is not None:
            self.declared[file_id] = size
            if size:
                doc["file_size"] = size
        else:
            doc["file_size"] = len(data)
        extra: dict[str, Any] = {"caption": caption} if caption else {}
        return self.message(chat_id, user_id=user_id, chat_type=chat_type, lang=lang, document=doc, **extra)

    def photo(self, chat_id: int, data: bytes, *, media_group_id: str | None = None, user_id: int | None = None,
              width: int = 1240, height: int = 1754, lang: str | None = None,
              size: int | None = None) -> int:  # fmt: skip
        """A user sends a photo (Telegram keeps sizes; the last is the largest), alone or in an album;
        `size` is what Telegram declares (0: none at all)."""
        file_id = f"photo{len(self.files) + 1}"
        self.files[file_id] = (f"photos/{file_id}.jpg", data)
        sizes = [{"file_id": file_id, "file_unique_id": "u" + file_id, "width": width, "height": height,
                  "file_size": len(data) if size is None else size}]  # fmt: skip
        if size is not None:
            self.declared[file_id] = size
            if not size:
                del sizes[0]["file_size"]
        group = {"media_group_id": media_group_id} if media_group_id else {}
        return self.message(chat_id, user_id=user_id, lang=lang, photo=sizes, **group)

    def press(self, chat_id: int, data: str, *, message_id: int | None = None, user_id: int | None = None,
              lang: str | None = None, chat_type: str = "private", forged: bool = False) -> int:  # fmt: skip
        """A user presses an inline button: as Telegram does, the update carries the message's buttons as they
        are now. The message is `message_id`, else the latest in the chat showing a button with `data` (one
        the stand-in never saw is put on the message: a button from before it started). `forged`: a modified
        client sends `data` from the message (`message_id`, else the chat's latest with buttons) as it is."""
        user = _user(user_id or chat_id, lang)
        chat = {"id": chat_id, "type": chat_type, **({"title": "Group"} if chat_type != "private" else {})}
        with self._cond:
            shown = sorted((m, k) for (c, m), k in self.markups.items() if c == chat_id and k)
        holding = [(m, k) for m, k in shown if data in _callback_data(k)]
        if forged:
            message_id = message_id or shown[-1][0]
            markup = self.markups.get((chat_id, message_id))
        elif message_id is None and holding:
            message_id, markup = holding[-1]
        else:
            markup = self.markups.get((chat_id, message_id or 1))
            if data not in _callback_data(markup):
                markup = {"inline_keyboard": [[{"text": "…", "callback_data": data}]]}
        message = {"message_id": message_id or 1, "date": int(time.time()), "chat": chat, "from": BOT_USER,
                   "text": "…", **({"reply_markup": markup} if markup else {})}  # fmt: skip
        return self._push({"callback_query": {"id": str(next(self._message_ids)), "from": user, "chat_instance": "c",
                                              "data": data, "message": message}})  # fmt: skip

    def blocked_by(self, chat_id: int, status: str = "kicked") -> int:
        """A user blocks the bot (my_chat_member update)."""
        user = {"id": chat_id, "is_bot": False, "first_name": "User"}
        change = {"chat": {"id": chat_id, "type": "private"}, "from": user, "date": int(time.time()),
                  "old_chat_member": {"status": "member", "user": BOT_USER},
                  "new_chat_member": {"status": status, "user": BOT_USER,
                                      **({"until_date": 0} if status == "kicked" else {})}}  # fmt: skip
        return self._push({"my_chat_member": change})

    def _pace(self, messages: list[tuple[int, str]], rate: float) -> None:
        """Push messages at `rate` per second (for a benchmark driver that must not do it itself)."""
        start = time.monotonic()
        for k, (chat, text) in enumerate(messages):
            delay = start + k / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            self.message(chat, text)

    def fail(self, method: str, status: int, *, retry_after: int | None = None, times: int = 1,
             description: str | None = None) -> None:  # fmt: skip
        """Answer the next `times` calls of `method` with an error (429 flood control, 403 blocked, 400 chat
        not found, 401 bad token, 500 …); `description` overrides Telegram's usual words."""
        usual = {
            429: f"Too Many Requests: retry after {retry_after}",
            403: "Forbidden: bot was blocked by the user",
            400: "Bad Request: chat not found",
            401: "Unauthorized",
            404: "Not Found",
            500: "Internal Server Error",
        }
        text = description or usual.get(status, "Error")
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": text}
        if retry_after is not None:
            body["parameters"] = {"retry_after": retry_after}
        self.failures.setdefault(method, []).extend([(status, body)] * times)

    # --- what the bot did ------------------------------------------------------------------------
    def sent(self, method: str = "sendMessage", chat_id: int | None = None) -> list[Call]:
        return [
            c
            for c in list(self.calls)
            if c.method == method and (chat_id is None or c.params.get("chat_id") == chat_id)
        ]

    def texts(self, chat_id: int | None = None) -> list[str]:
        """Texts the bot sent or edited into messages (and that were delivered), in order."""
        return [str(c.params.get("text")) for c in list(self.calls)
                if c.method in ("sendMessage", "editMessageText") and c.status == 200
                and (chat_id is None or c.params.get("chat_id") == chat_id)]  # fmt: skip

    async def wait_for(self, check: Callable[[], Any], timeout: float = 60.0) -> Any:
        """Wait (without blocking the event loop) until check() returns something truthy."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = check()
            if result:
                return result
            await asyncio.sleep(0.02)
        raise AssertionError(f"timed out; the bot sent: {self.texts()[-5:]}")

    async def wait_text(self, chat_id: int, fragment: str, timeout: float = 60.0) -> str:
        return await self.wait_for(lambda: next((t for t in self.texts(chat_id) if fragment in t), None), timeout)

    # --- HTTP ------------------------------------------------------------------------------------
    def _handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _path(self) -> str:
                """The request's path; a proxy's request carries the whole URL instead."""
                if not self.path.startswith("/"):
                    target = urlsplit(self.path)
                    api.proxied_hosts.add(target.netloc)
                    return target.path
                return self.path

            def do_GET(self) -> None:
                prefix, full = f"/file/bot{api.token}/", unquote(self._path())  # PTB percent-encodes the URL
                path = full[len(prefix) :] if full.startswith(prefix) else None
                found = next((data for p, data in api.files.values() if p == path), None)
                if found is None:
                    self._reply(404, b"not found", "text/plain")
                else:
                    self._stream(found)

            def do_POST(self) -> None:
                if self.path.startswith("/_control/"):
                    self._control()
                    return
                prefix, path = f"/bot{api.token}/", self._path()
                if not path.startswith(prefix):
                    self._json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                    return
                method = path[len(prefix) :]
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                params = _params(self.headers.get("Content-Type", ""), body)
                call = Call(method, params)
                api.calls.append(call)
                latency = api.latencies.get(method, api.latency)
                if latency:
                    time.sleep(latency)  # this connection's thread only
                failures = api.failures.get(method)
                if failures:
                    call.status, error = failures.pop(0)
                    self._json(call.status, error)
                    return
                if method == "getUpdates":
                    self._json(200, {"ok": True, "result": api._get_updates(params)})
                    return
                self._json(200, {"ok": True, "result": api._result(method, params)})

            def _control(self) -> None:
                """For a driver in another process: push messages, read what the bot sent."""
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                if self.path == "/_control/messages":  # now, or paced at body["rate"] per second
                    rate = body.get("rate")
                    if rate:
                        threading.Thread(target=api._pace, args=(body["messages"], rate), daemon=True).start()
                        self._json(200, {"scheduled": len(body["messages"])})
                        return
                    ids = [api.message(chat, text) for chat, text in body["messages"]]
                    message_ids = [api.message_ids[i] for i in ids]
                    self._json(200, {"pushed_at": [api.pushed_at[i] for i in ids], "message_ids": message_ids})
                elif self.path == "/_control/latency":
                    api.latency = float(body["seconds"])
                    self._json(200, {"latency": api.latency})
                elif self.path == "/_control/pushed":
                    pairs = [(api.message_ids[u], t) for u, t in list(api.pushed_at.items()) if u in api.message_ids]
                    self._json(200, {"pushed": pairs})
                else:  # /_control/replies
                    snapshot = list(api.calls)  # one snapshot: the cursor must match what was read
                    calls = [c for c in snapshot[body.get("since", 0) :] if c.method == "sendMessage"]
                    replies = [(c.at, c.status, c.params.get("reply_parameters", {}).get("message_id")) for c in calls]
                    documents = [
                        c.at for c in snapshot[body.get("since", 0) :] if c.method == "sendDocument" and c.status == 200
                    ]
                    self._json(200, {"replies": replies, "calls": len(snapshot), "documents": documents})

            def _stream(self, data: bytes) -> None:
                """A file download without Content-Length, in chunks: the client learns its size by reading."""
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/octet-stream")
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for at in range(0, len(data), 65536):
                        chunk = data[at : at + 65536]
                        self.wfile.write(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
                    self.wfile.write(b"0\r\n\r\n")
                except (BrokenPipeError, ConnectionResetError):  # the bot stopped reading (over its limit)
                    pass

            def _json(self, status: int, data: Any) -> None:
                self._reply(status, json.dumps(data).encode(), "application/json")

            def _reply(self, status: int, body: bytes, ctype: str) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the bot hung up (shutting down)
                    pass

        return Handler

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 1.0)
        limit = int(params.get("limit") or 100)
        with self._cond:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            if not self.updates and timeout:
                self._cond.wait(timeout)
            return self.updates[:limit]

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        chat_id = params.get("chat_id")
        chat = {"id": chat_id, "type": "private" if isinstance(chat_id, int) and chat_id > 0 else "group"}
        now = int(time.time())
        if method == "getMe":
            return BOT_USER
        if method == "getFile":
            path, data = self.files[str(params["file_id"])]
            size = self.declared.get(str(params["file_id"]), len(data))
            return {"file_id": params["file_id"], "file_unique_id": "u", "file_path": path,
                    **({"file_size": size} if size else {})}  # fmt: skip
        if method == "getChatMember":
            user_id = int(params["user_id"])
            status = "administrator" if user_id in self.group_admins.get(int(params["chat_id"]), set()) else "member"
            user = {"id": user_id, "is_bot": False, "first_name": "User"}
            if status == "administrator":
                return {"status": status, "user": user, "can_be_edited": False, "is_anonymous": False,
                        "can_manage_chat": True, "can_delete_messages": True, "can_manage_video_chats": True,
                        "can_restrict_members": True, "can_promote_members": False, "can_change_info": True,
                        "can_invite_users": True, "can_post_stories": False, "can_edit_stories": False,
                        "can_delete_stories": False}  # fmt: skip
            return {"status": status, "user": user}
        markup = params.get("reply_markup") if isinstance(params.get("reply_markup"), dict) else None
        if method == "editMessageReplyMarkup":
            with self._cond:
                self.markups[(chat_id, params.get("message_id"))] = markup
            return True
        if method in ("sendMessage", "editMessageText"):
            message = {"message_id": params.get("message_id") or next(self._message_ids), "date": now, "chat": chat,
                       "from": BOT_USER, "text": params.get("text", "")}  # fmt: skip
            with self._cond:  # an edit without buttons removes them, as Telegram does
                self.markups[(chat_id, message["message_id"])] = markup
            if markup:
                message["reply_markup"] = markup
            return message
        if method == "sendDocument":
            document = params.get("document")
            name = document[0] if isinstance(document, tuple) else "file"
            return {"message_id": next(self._message_ids), "date": now, "chat": chat, "from": BOT_USER,
                    "document": {"file_id": "sent", "file_unique_id": "sent", "file_name": name}}  # fmt: skip
        if method == "sendPhoto":  # the upload is kept in the call's params; Telegram answers with its sizes
            return {"message_id": next(self._message_ids), "date": now, "chat": chat, "from": BOT_USER,
                    "caption": params.get("caption", ""), "photo": [{"file_id": "sent-photo",
                    "file_unique_id": "sent-photo", "width": 1000, "height": 1000}]}  # fmt: skip
        return True


def _callback_data(markup: Any) -> list[str]:
    """The callback data of an inline keyboard's buttons."""
    rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
    return [str(button.get("callback_data")) for row in rows for button in row]


def _user(user_id: int, lang: str | None) -> dict[str, Any]:
    """A Telegram user; language_code only when the app sends one (it is optional)."""
    return {"id": user_id, "is_bot": False, "first_name": "User", **({"language_code": lang} if lang else {})}


def _params(ctype: str, body: bytes) -> dict[str, Any]:
    """Form or multipart fields; JSON-encoded values decoded; uploads as (filename, bytes)."""
    params: dict[str, Any] = {}
    if ctype.startswith("multipart/form-data"):
        message = BytesParser(policy=policy.default).parsebytes(b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            params[str(name)] = (filename, payload) if filename else _decode(payload.decode())
    elif body:
        params = {k: _decode(v[0]) for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
    return params


def _decode(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


def serve_forever(port_out: Any, token: str = TOKEN) -> None:
    """Run a stand-in in this process (for a driver in another one); sends its port on port_out."""
    api = FakeBotAPI(token)
    port_out.send(api.port)
    api._server.serve_forever()
