# rectibot 的中文消息。键与 en.ftl 一一对应（tests/answers/test_i18n.py 检查）。
# 来自通报或用户的参数传入前已做 HTML 转义。

## 状态与条目（answers/markup.py）
status-done = 已完成
status-done_longterm = 已完成并长期坚持
status-in_progress = 正在推进
status-unstated = 未标明进度
examples =
    朔州还有哪些问题没整改完？
    溆浦问题21整改了吗？
    哪些单位有差旅费问题？
    山西的整改完成了多少？
    青神科协的通报说的对得上吗？
    朔州科技局有什么变化？
    最新的通报
    有哪些单位？
label-problem = 问题{ $number }
label-item = 第{ $number }项
cite = 〔{ $agency } { $notice }，{ $label }〕
notice-word = 通报
notice-word-dated = { $date } 通报
evidence-sep = ；
pending = 待办：{ $evidence }
deadline = 时限：{ $date }
deadline-overdue = { $text }（<b>已逾期 { $days } 天</b>）
deadline-today = { $text }（<b>今天到期</b>）
deadline-near = { $text }（还剩 { $days } 天）
list-separator = ，

## 警告：通报自述与正文不符（代码见 notices/parse.py）
warning-claim_mismatch = 通报自述{ $what ->
        [aspects] { $claimed }个方面
        [problem_groups] { $claimed }个问题
        [problems] { $claimed }个具体问题
        [completed] 已完成{ $claimed }个
        [in_progress] 正在推进{ $claimed }个
       *[longterm] 需长期坚持{ $claimed }个
    }，正文列出{ $listed }个
warning-unrecognised = 通报自述{ $claimed }个问题，只识别出{ $listed }个，请对照原文核对
warning-numbering = 第{ $seq }条编号为“{ $label }”，紧接在“{ $previous }”之后，编号不连续
warning-no_agency = 没有找到被巡察单位（既没有“关于……”标题、巡察情况的句子，也没有落款）
warning-no_problems = 通报没有列出问题（没有带整改情况的编号问题），只收录了通报头和自述数字
warning-cut_off = 文字似乎不完整：在句子中间断了
warning-ocr = 文字由 OCR 从 { $pages } 页图片识别而来，请核对名称和数字
warning-pages = 文字只到第{ $last }页（共{ $total }页），后面的页面缺失
warning-agency_place = 通报自称“{ $printed }”，地名取自正文其他处：{ $agency }
warning-text = { $text }

## 收录回复（answers/receipts.py）
ingest-duplicate = 这份通报已经收录过了（{ $agency }）。
ingest-status-count = { $status }{ $count }个
ingest-stored = 已收录 <b>{ $agency }</b> 的通报：{ $total }个问题（{ $parts }）。
ingest-history = 这份通报早于该单位现有的通报，作为历史记录保存；当前通报不变。
ingest-changes = 与上一份通报相比：
ingest-change-status = • { $label } { $title }：{ $old } → { $new }
ingest-change-new = • { $label } { $title }：新增
ingest-change-dropped = • { $label } { $title }：不再列出
ingest-no-change = 与上一份通报相比没有变化。
held = ⚠ 尚未收录 <b>{ $agency }</b> 的这份通报：{ $reason }。
held-drops = 收录后，当前通报中的{ $count }个问题将不再列出：
hold-cut_off = 只列出{ $listed }个问题，自述却有{ $claimed }个，看起来不完整
hold-fewer = 只列出{ $listed }个问题，而同一日期的当前通报列出{ $current }个
hold-from_middle = 问题从第{ $first }个开始编号，前面的页面似乎缺失
hold-groups = 自述{ $claimed }个方面（类）问题，只列出{ $listed }个，看起来不完整
hold-stops = 正文在某个问题中间断开，看起来不完整
hold-fragment_name = “{ $name }”没有地名，通报的第一页似乎缺失（不会据此新建单位）
hold-pages = 只有第{ $last }页及之前（共{ $total }页），后面的页面缺失
held-confirm = 确认无误再点“仍然收录”。
held-button = 📥 仍然收录
held-expired = 这条确认已过期，请重新发送通报。
removed = 已撤销 <b>{ $agency }</b>{ $date } 的通报（{ $count }个问题），副本保留在历史中。
removed-previous = 之前的通报重新成为当前通报。
removed-only = 该单位没有其他通报。
nothing-to-undo = 没有可撤销的通报。

## 文件与粘贴的通报（handlers/documents.py）
reading = 正在读取 { $name } …
bad-suffix = 无法读取 { $name }：请发送 txt、md、docx、doc、rtf、odt、xlsx、xls、ods、pdf、ofd、html、mht 格式的通报，或通报的图片。
admins-only-add = 抱歉，只有管理员可以添加通报。
admins-only-undo = 抱歉，只有管理员可以撤销。
paste-offer = 这段文字像一份整改通报，要收录吗？
paste-button = 📥 收录这份通报
pasted-name = 粘贴的文字
paste-expired = 这个按钮已过期，请重新粘贴通报。

## 按钮（handlers/send.py、handlers/callbacks.py）
button-expired = 这个按钮已过期，请重新提问。
button-not-yours = 这个按钮只对提问的人有效。
button-invalid = 这个按钮已失效。

## 欢迎、帮助、/lang、/stats、/export、出错（handlers/general.py）
# 收录什么：/start 和 /help 说法一致。
inputs = 发送通报文件（txt、docx、doc、wps、rtf、odt、pdf、ofd、html、mht）、通报页面的照片或通报的链接即可收录。
welcome =
    你好！我是整改通报助手。{ inputs }也可以直接提问，例如：
    { $examples }

    发送 /help 查看全部命令。
welcome-back = 欢迎回来，提醒已恢复。
help =
    <b>命令</b>
    /start — 欢迎，暂停的提醒恢复
    /help — 本列表
    /ask 朔州还有哪些问题没整改完 — 提问（私聊时直接写问题即可）
    /agencies — 已收录的单位
    /subscribe 朔州科技局 — 定时提醒某单位或地区未完成的整改
    /unsubscribe 朔州科技局 — 取消订阅（不写名称则列出选择）
    /subscriptions — 本聊天的订阅和提醒时间
    /remind 每周一上午九点 — 提醒时间（每天早上9点、工作日 8:30、时区 北京、免打扰 晚上十点到早上八点、关闭）
    /export 朔州 — 导出整改台账（xlsx、csv）
    /stats — 收录统计
    /chart 朔州 — 整改进展图表（不写名称则画全部单位；/remind 每天9点 图表：提醒附带图表）
    /lang en — 改用英文回复（/lang zh：中文）
    /undo — 撤销最近收录的通报（管理员）
    /watch https://…/xcgz/ — 关注网站的整改通报栏目，新通报自动收录（管理员；/watch 列出，/watch remove 1 取消）
    { inputs }
lang-set = 好的，本聊天的回复、提醒和收录摘要改用中文。
lang-usage = 用哪种语言？/lang zh（中文）或 /lang en（英文）。
stats-agencies = 单位
stats-notices = 通报
stats-current_notices = 当前通报
stats-items = 问题
stats-chats = 聊天
stats-subscriptions = 订阅
stats-paused_chats = 已暂停的聊天
stats-line = { $name }：{ $value }
no-match = 没有找到“{ $name }”。
error = 抱歉，出错了，请稍后再试。

## 订阅（handlers/subscriptions.py）
group-admins-only = 抱歉，只有群管理员可以更改本群的订阅和提醒。
subscribe-usage = 请写明单位或地区，例如：/subscribe 朔州科技局
several-match = 有几个单位符合，请选择：
no-notice-matches = 没有找到“{ $name }”的通报。
closest = 相近的有：{ $names }
subscribed = 已订阅 <b>{ $target }</b>
already-subscribed = 已经订阅过 <b>{ $target }</b>
region-scope = （该地区所有单位）
next-reminder = 下次提醒：{ $when }（{ $zone }）
no-subscriptions = 这个聊天没有订阅。
no-subscriptions-hint = 这个聊天没有订阅。用 /subscribe 朔州科技局 开始。
unsubscribe-which = 取消哪个订阅？
unsubscribe-all = 全部取消
unsubscribed = 已取消：{ $names }
no-subscription-matches = 没有订阅“{ $name }”。
subscriptions-title = <b>订阅</b>
region-mark = （地区）
reminders-line = 提醒：{ $schedule }
paused = ⏸ 已暂停（机器人曾被屏蔽），发送 /start 恢复。

## 提醒（reminders/render.py）
reminder-title = ⏰ <b>整改提醒</b>（{ $targets }）
reminder-open = 还没整改完的问题（{ $count }个）：
reminder-more = ……另有{ $count }个
reminder-flagged = 标为已完成、但文字显示仍有待办的：
reminder-overdue = <b>已过整改时限：</b>
reminder-due-soon = <b>临近整改时限：</b>
reminder-changes = <b>与上次提醒相比：</b>
reminder-closed = ✓ 已不在待办：{ $item }
reminder-new-open = ＋ 新增待办：{ $item }
schedule-off = 提醒已关闭
schedule-daily = 每天 { $time }
schedule-workdays = 工作日 { $time }
schedule-weekly = 每周{ $weekday ->
        [0] 一
        [1] 二
        [2] 三
        [3] 四
        [4] 五
        [5] 六
       *[6] 日
    } { $time }
schedule = { $when }（{ $zone }），免打扰 { $quiet }
quiet-none = 无
remind-ok = 好的：{ $schedule }
remind-next = 下次提醒：{ $date }（周{ $weekday ->
        [0] 一
        [1] 二
        [2] 三
        [3] 四
        [4] 五
        [5] 六
       *[6] 日
    }）{ $time }
remind-examples = 例如：/remind 每天早上9点、/remind 每周一上午九点、/remind 工作日 8:30、/remind 时区 北京、/remind 免打扰 晚上十点到早上八点、/remind 关闭
remind-usage = 什么时候提醒？
remind-bad_time = 没看懂时间“{ $value }”。
remind-bad_zone = 不认识的时区“{ $value }”。
remind-bad_quiet = 免打扰时段要写两个时间，如 晚上十点到早上八点（不是“{ $value }”）。
remind-no_weekday = 每周哪一天？如 每周一 9点。
remind-irregular = 我只能每天、每个工作日或每周固定一天提醒；“{ $value }”不属于这几种。

## 整改台账（answers/export.py）
ledger-file = 整改台账
ledger-sheet = 整改台账
ledger-seq = 序号
ledger-agency = 单位
ledger-notice = 通报标题
ledger-notice_date = 通报日期
ledger-link = 通报链接
ledger-label = 编号
ledger-title = 问题
ledger-measures = 整改措施
ledger-status = 整改状态
ledger-pending = 待办事项
ledger-deadline = 时限
ledger-overdue = 是否逾期
ledger-not-overdue = 否
ledger-overdue-by = 是（已逾期 { $days } 天）

## 命令菜单（bot/app.py）
cmd-start = 开始
cmd-help = 全部命令及示例
cmd-ask = 提问，例如：朔州还有哪些问题没整改完
cmd-agencies = 已收录的单位
cmd-subscribe = 订阅单位或地区的提醒
cmd-unsubscribe = 取消订阅
cmd-subscriptions = 本聊天的订阅
cmd-remind = 提醒时间，例如 每周一上午九点
cmd-export = 导出整改台账
cmd-stats = 统计
cmd-lang = 语言：/lang zh 或 /lang en
cmd-undo = 撤销最近收录的通报
cmd-watch = 关注网站的整改通报栏目，例如 /watch 网址

# links, photos and watched sites
link-fetching = 正在读取 { $url } …
links-too-many = 一次最多读取 { $max } 个链接，以下没有读取：
ocr-too-many-pages = 一次最多识别 { $max } 页。
ocr-reading = 正在识别 { $count } 张图片 …
photo-too-big = 图片超过了 { $mb } MB 的上限。
ocr-page = 正在识别第 { $done }/{ $total } 页 …
watch-admins-only = 抱歉，只有管理员可以管理关注的网站。
watch-already = 已经在关注：{ $url }
watch-checking = 正在读取 { $url } …
watch-failing = 已关注，但暂时无法读取：{ $error }
watch-added = 已关注 { $url }
    列出的通报中收录了 { $stored } 份；之后每 { $hours } 小时检查一次，新通报会告诉订阅了相应单位或地区的聊天。

## 回答（answers/render.py）
answer-truncated = （问题太长，只读了前300字。）
answer-heard = （把“{ $typed }”当作“{ $read }”）
answer-ref-note = 按第{ $seq }个问题（通报编号“{ $printed }”）回答
scope-agencies = { $count }个单位
scope-all = 所有单位
answer-no-data = 还没有收录任何通报。把通报文件（txt、docx、pdf、html）发给我即可收录。
answer-ambiguous =
    有几个单位符合，请说明是哪一个：
    { $options }
answer-none-in-place = { $place }还没有收录任何单位的通报。
answer-not-recognised = 没有认出“{ $name }”。
answer-no-agency = 没有找到你说的单位，库里还没有它的通报。
answer-did-you-mean = 你是指{ $name }吗？
answer-closest = 相近的有：
answer-no-more = 没有更多了。
answer-need-agency = 请说明是哪个单位或地区，例如：朔州科技局还有哪些问题没整改完？
answer-no-item = { $scope }的通报里没有找到问题“{ $what }”。
answer-not-understood = 没听懂。我回答关于巡察整改通报的问题，比如：
answer-no-topic = 请说明要查的问题，例如：哪些单位有差旅费问题？
filter-in_progress = 正在推进的问题
filter-unstated = 没有标明进度的问题
filter-longterm = 标为长期坚持的问题
filter-done = 标为已完成的问题
filter-done_pending = 标为已完成、但文字显示仍有待办的问题
filter-pending = 文字显示仍有待办的问题
filter-overdue = 已过所述整改时限、仍未完成的问题
filter-deadline = 通报写明整改时限的未完成问题
filter-none = { $scope }：没有{ $what }。
filter-open = 还没整改完的问题
topic-status-head = <b>{ $scope }</b> 涉及“{ $topic }”的{ $what }（{ $count }个）：
topic-status-flagged = <b>涉及“{ $topic }”、标为已完成但文字显示仍有待办的：</b>
topic-status-none = { $scope }：没有涉及“{ $topic }”的{ $what }。涉及“{ $topic }”的{ $count }个问题状态为：{ $parts }。
open-undated = <b>仍未完成、通报没有写明整改时限的（{ $count }个），是否逾期无从判断：</b>
filter-head = <b>{ $scope }</b> { $what }（{ $count }个）：
open-all-done = { $scope }：通报列出的问题都已标为完成，文字里也没有待办事项。
open-head = <b>{ $scope }</b> 还没整改完的问题（{ $count }个）：
open-none-unmarked = <b>{ $scope }</b> 没有未标完成的问题。
open-flagged = <b>标为已完成、但文字显示仍有待办的：</b>
answer-more = ……另有{ $count }个，回复“还有吗”看下一页。
item-status = 进度：{ $status }
item-under = 位置：{ $where }
item-pending = 待办：{ $evidence }
item-measures = 整改措施：{ $measures }
topic-none = 没有单位的通报提到“{ $topic }”。
topic-none-in = { $scope }的通报没有提到“{ $topic }”。
topic-at-least = 至少{ $agencies }个单位、{ $items }项问题涉及“{ $topic }”，最近的：
topic-head = 有“{ $topic }”问题的单位（{ $agencies }个）：
topic-rest = ……共{ $items }项；其他单位：
topic-rest-more = ……另有{ $count }个单位，可按地区缩小范围。
count-status = { $status } { $count }
count-line = { $items }个问题，完成率{ $rate }（{ $parts }）{ $pending ->
        [0] {""}
       *[other] ，其中{ $pending }个文字显示仍有待办
    }
summary-scope = <b>{ $scope }</b>：{ $line }
summary-topic = <b>{ $scope }涉及“{ $topic }”的问题</b>：{ $capped ->
        [yes] 至少
       *[no] {""}
    }{ $line }
summary-agency = • { $name }：{ $line }
summary-picked = 也就是 <b>{ $name }</b>
summary-team = 巡察组：{ $team }
summary-period = 巡察时间：{ $start } – { $end }
summary-feedback = 反馈：{ $date }
summary-published = 发布：{ $date }
claims-none = 没有找到通报。
claim-part = { $what ->
        [aspects] 方面
        [problem_groups] 问题
        [problems] 具体问题
        [completed] 已完成
        [in_progress] 正在推进
       *[longterm] 长期坚持
    }{ $count }
claims-unsaid = 未说明
claims-said = 通报自述：{ $said }；正文列出{ $count }个问题
claims-agree = 自述与正文一致。
changes-one-notice = { $scope }只有一份通报，还没有可比较的变化。
changes-head = <b>{ $scope }</b> 前后通报的变化：
change-new = 新增
change-dropped = 不再列出
latest-head = 最近收录的通报：
latest-head-oldest = 最早的通报：
latest-head-feedback = 按巡察反馈日期找到的通报：
latest-head-inspection = 按巡察开始日期找到的通报：
latest-none = 没有找到这段时间的通报。
latest-line = • { $agency }{ $date } — { $count }个问题
agencies-head = 收录的单位（{ $count }个）：
agencies-without = 通报里没有找到“{ $topic }”相关问题的单位（{ $count }个）：
agencies-more = ……另有{ $count }个，可按地区问，例如：山西有哪些单位

# the kinds of place a question may list agencies by (都有哪些县的; answers/data/regions.toml [kinds])
kind-county = 各县
kind-city = 各市
kind-district = 各区
kind-town = 各乡镇
kind-county_level = 县级
kind-prefecture_level = 市级
kind-county_level_city = 县级市
kind-district_level = 区级
kind-province_level = 省级
agencies-of-kind = { $kind }的单位（{ $count }个）：
help-intro = 我可以回答关于巡察整改通报的问题，例如：
watch-arrival =
    📬 关注的网站发布了新通报：
    { $summary }
    { $link }
watch-held =
    📬 关注的网站发布了一份通报，但没有收录，订阅者也未收到通知：
    { $held }
    { $link }
    下次检查时会再读取；确认无误的话，把这份通报发给我并点“仍然收录”。
watch-failed =
    ⚠ 关注的网站连续 { $failures } 次无法读取：
    { $url }
    { $error }
    将继续以更长的间隔重试。
watch-none = 没有关注的网站。用 /watch 网址 添加。
watch-list-title = <b>关注的网站</b>
watch-no-such = 没有这个关注：{ $which }
watch-removed = 已取消关注 { $url }

## 提醒：没有待办时（handlers/reminders.py）
reminder-nothing-open = ⏰ 订阅的单位没有未完成的整改。

## 文件或链接读不了（presentation/errors.py；代码见 errors/，唯一的错误树）
error-unreadable = 无法读取这份文件或链接。请检查后重新发送，或改发通报的 txt、docx 文件。
error-empty = { $name } 是空文件。请发送通报文件本身（txt、docx、doc、rtf、odt、xlsx、xls、ods、pdf、ofd、html、mht 或通报各页的图片）。
error-unsupported = { $name } 看起来是{ $format ->
        [rar] 压缩包（RAR）
        [gzip] 压缩包（gzip）
        [sevenzip] 压缩包（7z）
        [rtf] 富文本（RTF）文档
        [binary] 二进制数据，不是文字
        [zip] 压缩包或其他办公文件，不是文字处理文档或电子表格
        [ppt] 演示文稿（.ppt）
       *[ole] 办公文件，但不是文字处理文档或电子表格
    }，无法读取。请以 txt、docx、doc、wps、rtf、odt、xlsx、xls、ods、pdf、ofd、保存的 html 或 mht 网页或通报各页的照片发送。
error-corrupt = { $name } 是损坏的{ $kind ->
        [docx] { " " }docx 文件
        [xlsx] { " " }xlsx 文件
        [xls] { " " }xls 文件
        [doc] { " " }doc（wps）文件
        [odt] { " " }odt 文件
        [ods] { " " }ods 文件
        [rtf] { " " }rtf 文件
        [pdf] { " " }pdf 文件
        [ofd] { " " }ofd 文件
        [mhtml] 单文件网页（mht）
        [image] 图片
        [html] 网页文件
       *[notice] 通报文件
    }，无法打开。请在电脑上打开、重新保存后再发送。
error-encrypted = { $name } 设有密码。请去掉密码（或打印为新的 pdf）后重新发送。
error-scanned = { $name } 是扫描版 pdf，没有文字层，未安装文字识别就无法读取。请发送通报的网页版或 docx 版。
error-ocr-nothing = { $name } 没有文字层，文字识别也没有认出文字。请发送更清晰的扫描件或照片，或通报的 docx 版、网页版。
error-ocr-unavailable = { $name } 是图片，只能靠文字识别读取，但未安装文字识别。请发送通报的网页版或 docx 版。
error-needs-ocr = { $name } 是扫描件或图片，需要文字识别才能读取。
error-not-notice = { $name } 读起来不像巡察（巡视）整改进展情况的通报：{ $reason ->
        [no_rectification] 通篇没有提到“整改”
       *[no_inspection] 没有提到巡察或巡视及其反馈问题的整改
    }。
error-oversized = { $part ->
        [whole] { $name } 解压后超过 { $limit_mb } MB
        [part] { $name } 有一部分解压后超过 { $limit_mb } MB
        [file] { $name } 是超过 { $limit_mb } MB 的电子表格
       *[page] { $name } 是超过 { $limit_mb } MB 的网页
    }，远大于一份通报（可能是压缩炸弹）。请发送通报的文字，或另存为较小的文件。
error-cells = { $name } 含有超过 { $limit } 个{ $what ->
        [sheets] 工作表
       *[cells] 单元格
    }，远多于一份整改台账（可能是压缩炸弹）。请发送台账的文字，或把工作表复制到新的工作簿后再发送。
error-pages = { $name } 有 { $pages } 页，文字识别最多读 { $limit } 页。
error-pixels = { $name } 是一张 { $width }×{ $height } 像素的图片，太大，无法读取。
error-missing = { $path } 不存在。
error-folder = { $path } 是文件夹，请指定通报文件。
error-memory = { $name } 读取时需要超过 { $memory_mb } MB 内存，远超一份通报（可能是压缩炸弹或超大扫描件）。请发送通报的文字，或另存为较小的文件。
error-slow = { $name } 读取超过 { $seconds } 秒，已停止。请改发 txt 或 docx 文件。
error-fetch = 无法读取这个链接。请检查链接，或直接发送文件。
error-refused = 未读取 { $url } ：{ $reason ->
        [scheme] 只跟随 http:// 和 https:// 链接
        [no_host] 链接中没有主机名
        [port] 链接中的端口不是数字
        [private] { $host } 是内网或本机地址（{ $address }），链接不能指向这里
       *[redirects] 跳转超过 { $count } 次
    }。
error-unreachable = 无法访问 { $url } （{ $reason ->
        [encoding] 无法解码其内容编码 { $encoding }
        [no_address] 找不到 { $host } 的地址
        [status] 网站返回 { $status }
       *[network] 网络连接失败
    }）。请检查链接，或直接发送文件。
error-timeout = { $url } 在 { $seconds } 秒内没有响应。请稍后再试，或直接发送文件。
error-too-large = { $url } 超过 { $limit_mb } MB 的上限，未读取。
error-listing = { $url } 是列有 { $count } 份通报的栏目页，不是一份通报；用 /watch { $url } 关注它，或发送各通报的链接。
error-no-agency = 没有找到发出这份通报的单位，无法收录。请发送带“关于……”标题或落款的通报全文。
photo-name = { $count ->
        [1] 照片
       *[other] { $count } 张照片
    }

## 其中一些错误在命令行上的说法（presentation/errors.py error_line）
cli-error-corrupt = { $name } 是损坏的{ $kind ->
        [docx] { " " }docx 文件
        [xlsx] { " " }xlsx 文件
        [xls] { " " }xls 文件
        [doc] { " " }doc（wps）文件
        [odt] { " " }odt 文件
        [ods] { " " }ods 文件
        [rtf] { " " }rtf 文件
        [pdf] { " " }pdf 文件
        [ofd] { " " }ofd 文件
        [mhtml] 单文件网页（mht）
        [image] 图片
        [html] 网页文件
       *[notice] 通报文件
    }，无法打开（{ $detail ->
        [zlib] 压缩数据已损坏
        [no-pages] 没有页面
        [RecursionError] 嵌套过深
       *[other] { $detail }
    }）。请在电脑上打开、重新保存后再发送。
cli-error-scanned = { $name } 是扫描版 pdf，没有文字层，未安装文字识别就无法读取。安装文字识别：pip install 'rectibot[ocr]'；或改用通报的网页版或 docx 版。
cli-error-ocr-unavailable = { $name } 是图片，只能靠文字识别读取，但未安装文字识别。安装：pip install 'rectibot[ocr]'；或改用通报的网页版或 docx 版。
cli-error-unreachable = 无法访问 { $url } （{ $reason ->
        [encoding] 无法解码其内容编码 { $encoding }
        [no_address] 找不到 { $host } 的地址
        [status] 网站返回 { $status } { $phrase }
       *[network] 网络连接失败：{ $error }
    }）。请检查链接，或直接发送文件。
cli-error-listing = { $url } 是列有 { $count } 份通报的栏目页，不是一份通报；用 `rectibot watch add { $url }` 关注它，或给出各通报的链接

## 聊天中发来的文件下载失败（handlers/documents.py；errors/）
error-download = 下载文件失败，请重新发送。
error-too-big = 文件太大（{ $size_mb } MB），上限 { $limit_mb } MB。
error-download-failed = 下载文件失败（{ $reason }），请重新发送。

## 数据库无法使用（errors/ DatabaseError）：聊天中不写路径，命令行写出路径
error-db-other = 机器人的数据库无法使用（{ $error }），没有收录。请告知机器人管理员。
error-db-not-a-database = 机器人的数据库已损坏，没有收录。请告知机器人管理员。
error-db-damaged = 机器人的数据库已损坏，没有收录。请告知机器人管理员。
error-db-read-only = 机器人的数据库是只读的，没有收录。请告知机器人管理员。
error-db-disk-full = 机器人的磁盘已满，这次没有收录；之前收录的内容都还在。请告知机器人管理员，腾出空间后重新发送。
error-db-cannot-open = 机器人的数据库无法打开，没有收录。请告知机器人管理员。
error-db-locked = 机器人的数据库正忙，没有收录。请过一分钟再发送。
cli-error-db-other = 数据库 { $db } 无法使用（{ $error }）；请检查该文件
cli-error-db-not-a-database = 数据库 { $db } 不是 SQLite 数据库或已损坏；请从备份恢复，或用 --db 指定另一个
cli-error-db-damaged = 数据库 { $db } 已损坏；请从备份恢复，或用 --db 指定另一个
cli-error-db-read-only = 数据库 { $db } 是只读的；请给当前用户对该文件及其所在文件夹的写权限
cli-error-db-disk-full = 数据库 { $db } 无法写入：磁盘已满；请腾出空间后重新运行该命令
cli-error-db-cannot-open = 数据库 { $db } 无法打开；请检查路径和文件夹权限
cli-error-db-locked = 数据库 { $db } 被另一个进程长时间锁定；请等它结束后再试

## 配置与启动（errors/ ConfigError；bot/config.py、bot/instance.py、bot/app.py、bot/cli.py）
error-config = 配置无法使用；请检查 config.toml
error-config-missing = 配置文件 { $path } 不存在
error-config-not-toml = { $path } 不是有效的 TOML：{ $detail }
error-config-invalid = { $path }：{ $detail }
error-db-missing = 数据库 { $db } 不存在；请检查 --db，或用 `rectibot ingest 文件` 创建
error-lock-file = 无法创建锁文件 { $path }（{ $detail }）；请检查文件夹权限
error-another-bot = 另一个机器人正在使用 { $db }（进程号 { $pid }）
error-no-token = 请把 BotFather 给的令牌设为环境变量 TELEGRAM_BOT_TOKEN（令牌从不从文件读取）
error-token-rejected = Telegram 拒绝了这个令牌；请检查 TELEGRAM_BOT_TOKEN 和 base_url
error-cannot-start = 无法启动：{ $detail }

## 命令行要的东西不存在（errors/ UsageError；bot/cli.py）
error-usage = 没有可做的事；见 rectibot --help
error-nothing-stored = 还没有收录任何通报
error-no-such-notice = 没有编号为 { $notice } 的通报可以撤销
error-no-question = 请提一个问题，或加 --json 并从标准输入每行给一个问题
error-no-such-agency = 没有与 { $name } 匹配的已收录单位
error-samples-missing = 示例通报不在 { $path }；请重新安装 rectibot
error-watch-add-what = 请给出要关注的栏目页：rectibot watch add 网址

# 命令行（rectibot …）：纯文本，不用 HTML
cli-watch-none = 没有关注的网站。添加：rectibot watch add 网址
cli-watch-next = 下次检查 { $next }
cli-watch-failing = 连续失败 { $failures } 次：{ $error }
cli-watch-add-failed = 失败 { $url }：{ $error }。没有添加。
cli-watch-failed = 失败 { $url }：{ $error }；下次重试 { $next }
cli-watch-checked = 已检查 { $url }：列出 { $listed } 份通报，新收录 { $stored } 份，{ $held ->
        [0] {""}
       *[other] 待确认、未收录 { $held } 份，
    }待发给聊天的通知 { $queued } 条
cli-watch-nothing-due = 现在没有到期的检查；下次检查在 { $next }。`rectibot watch run --all` 立即检查全部。
cli-removed = 已撤销 { $agency }{ $date } 的通报（{ $count }个问题），编号 { $id }；{ $current ->
        [0] 该单位没有其他通报。
       *[other] 通报 { $current } 重新成为当前通报。
    }
cli-count = { $outcome ->
        [new] 新收录 { $count } 份
        [updated] 更新 { $count } 份
        [duplicate] 重复 { $count } 份
        [history] 存为历史 { $count } 份
        [held] 暂缓 { $count } 份
       *[failed] 失败 { $count } 份
    }
cli-total = 合计：{ $totals }
cli-failed = 失败 { $name }：{ $reason }
cli-demo-stored = 示例通报已存入 { $db }：{ $totals }
cli-demo-prompt = 请就通报提问（中文或英文均可）；空行或 Ctrl-D 结束。试试：朔州还有哪些问题没整改完
cli-summary-no-agency = （未找到被巡察单位）
cli-summary-place = 地区：{ $region }（{ $prefecture }，{ $province }）
cli-summary-inspection = 巡察：{ $team } { $start } – { $end }，反馈 { $feedback }
cli-summary-dates = 发布 { $published }，落款 { $signed }
cli-summary-items = 问题：{ $items }个{ $groups ->
        [0] {""}
       *[other] ，分{ $groups }类
    }，{ $aspects }个方面；{ $statuses }
cli-summary-pending = [待办：{ $evidence }]
cli-summary-due = （时限 { $date }）
cli-summary-warning = 提醒：{ $text }
ledger-divided = 台账超过 Telegram 单个文件 50 MB 的上限，已压缩或按省份拆分为 { $count } 个文件发送。
## 图表：/chart、📊 按钮、/export 汇总表、带图的提醒（presentation/charts.py、handlers/charts.py）
chart-title = { $scope } 整改进展（{ $date }）
chart-scope-all = 全部单位
chart-segment-done = 已完成
chart-segment-done_longterm = 已完成并长期坚持
chart-segment-flagged = 标为完成但仍有待办
chart-segment-in_progress = 正在推进
chart-segment-unstated = 未标明进度
chart-light-red = 红灯
chart-light-yellow = 黄灯
chart-light-green = 绿灯
chart-axis-items = 问题数
chart-aspects-title = 各方面问题的整改状态
chart-aspect-none = （未归入方面）
chart-history-title = 历次通报的未完成问题数
chart-history-axis = 未完成
chart-overdue-title = 逾期事项（{ $count }个）
chart-overdue-none = 没有逾期事项
chart-overdue-line = { $label } { $title }（时限 { $deadline }）
chart-overdue-more = 另有{ $count }个逾期事项
chart-more-agencies = 另有{ $count }个单位未画出（按未完成比例取前{ $shown }个）
chart-caption-title = <b>{ $scope }</b> 整改进展（{ $date }）
chart-caption-totals = { $agencies }个单位、{ $items }个问题：已完成{ $done }，已完成并长期坚持{ $longterm }，标为完成但仍有待办{ $flagged }，正在推进{ $in_progress }，未标明进度{ $unstated }；逾期{ $overdue }个。
chart-caption-agency = { $light } { $agency }：未完成 { $open }/{ $total }，逾期 { $overdue }
chart-caption-aspect = • { $aspect }：未完成 { $open }/{ $total }
chart-caption-history = 历次通报的未完成数：{ $steps }
chart-caption-more = ……另有{ $count }个单位
chart-caption-sources = 依据：{ $notices }
chart-caption-more-notices = 等{ $count }份通报
chart-caption-light-red = 🔴
chart-caption-light-yellow = 🟡
chart-caption-light-green = 🟢
cite-notice = 〔{ $agency } { $notice }〕
chart-button = 📊 图表
chart-nothing = 还没有可画的问题：先发送通报文件或链接。
chart-expired = 这个按钮已过期，请发送 /chart 加单位或地区。
chart-saved = 图表已保存到 { $path }（{ $seconds } 秒）
ledger-summary-sheet = 汇总
ledger-summary-agency = 单位
ledger-summary-total = 问题总数
ledger-summary-overdue = 逾期
ledger-summary-open-share = 未完成比例
ledger-summary-light = 红黄绿灯
cmd-chart = 整改进展图表（可加单位或地区）
remind-chart-on = 提醒将附带一张整改进展图表。
