# rectibot's English messages. Keys match zh.ftl one for one (tests/answers/test_i18n.py checks).
# Arguments that come from notices or users arrive already HTML-escaped.

## Statuses and item lines (answers/markup.py)
status-done = done
status-done_longterm = done, kept up long-term
status-in_progress = in progress
status-unstated = status not stated
examples =
    Which problems are still open for Shuozhou?
    What is the status of problem 21 in Xupu?
    Which agencies share the travel expenses problem?
    How many problems has Shanxi finished?
    Do Qingshen's claims match its notice?
    What changed for Shuozhou?
    Latest notices
    List agencies
label-problem = problem { $number }
label-item = item { $number }
cite = [{ $agency }, { $notice }, { $label }]
notice-word = notice
notice-word-dated = notice of { $date }
evidence-sep = { "; " }
pending = pending: { $evidence }
deadline = due: { $date }
deadline-overdue = { $text } (<b>overdue by { $days ->
        [one] { $days } day
       *[other] { $days } days
    }</b>)
deadline-today = { $text } (<b>due today</b>)
deadline-near = { $text } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    } left)
list-separator = { ", " }

## Warnings: what a notice claims against what its body lists (codes from notices/parse.py)
warning-claim_mismatch = the notice claims { $claimed } { $what ->
        [aspects] aspects (方面)
        [problem_groups] problems (问题)
        [problems] specific problems
        [completed] problems completed
        [in_progress] problems in progress
       *[longterm] problems to keep up long-term
    } but lists { $listed }
warning-unrecognised = the notice says { $claimed } problems; { $listed } were recognised: check it against the text
warning-numbering = item { $seq } is numbered { $label } right after { $previous }
warning-no_agency = no inspected organisation found (no 关于… title, inspection sentence or signature)
warning-no_problems = no problems are listed (no numbered problems with their rectification text): header and claims only
warning-cut_off = the text seems cut off: it stops mid-sentence
warning-ocr = the text was read by OCR from { $pages } page image(s): check names and figures
warning-pages = the text reaches page { $last } of { $total }: later pages are missing
warning-agency_place = the notice calls itself { $printed }; its place was taken from the rest of the text: { $agency }
warning-text = { $text }

## Ingest replies (answers/receipts.py)
ingest-duplicate = This notice is already stored ({ $agency }).
ingest-status-count = { $status } { $count }
ingest-stored = Stored the notice of <b>{ $agency }</b>: { $total ->
        [one] { $total } problem
       *[other] { $total } problems
    } ({ $parts }).
ingest-history = It is older than the agency's current notice: kept as history; the current notice is unchanged.
ingest-changes = Since the previous notice:
ingest-change-status = • { $label } { $title }: { $old } → { $new }
ingest-change-new = • { $label } { $title }: new
ingest-change-dropped = • { $label } { $title }: dropped
ingest-no-change = No change since the previous notice.
held = ⚠ Not stored yet, the notice of <b>{ $agency }</b>: { $reason }.
held-drops = Storing it would drop { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } of the current notice:
hold-cut_off = it lists { $listed ->
        [one] { $listed } problem
       *[other] { $listed } problems
    } but says it has { $claimed }: it looks cut off
hold-fewer = it lists { $listed ->
        [one] { $listed } problem
       *[other] { $listed } problems
    } where the current notice of the same date lists { $current }
hold-from_middle = its problems start at number { $first }, so the pages before are missing
hold-groups = it lists { $listed } of the { $claimed } groups of problems it announces: it looks cut off
hold-stops = its text stops in the middle of a problem: it looks cut off
hold-fragment_name = “{ $name }” names no place, so the notice's first page seems to be missing (no new agency is created without it)
hold-pages = it reaches page { $last } of { $total }, so the later pages are missing
held-confirm = Press “Store anyway” only if that is right.
held-button = 📥 Store anyway
held-expired = This confirmation has expired; send the notice again.
removed = Removed the notice of <b>{ $agency }</b>{ $date } ({ $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }); a copy stays in the history.
removed-previous = The previous notice is current again.
removed-only = The agency has no other notice.
nothing-to-undo = There is no such notice to remove.

## Files and pasted notices (handlers/documents.py)
reading = Reading { $name } …
bad-suffix = I can't read { $name }: send the notice as .txt, .md, .docx, .doc, .rtf, .odt, .xlsx, .xls, .ods, .pdf, .ofd, .html, .mht, or as images of its pages.
admins-only-add = Sorry, only the bot's admins can add notices.
admins-only-undo = Sorry, only the bot's admins can undo.
paste-offer = This looks like a rectification notice; store it?
paste-button = 📥 Store this notice
pasted-name = the pasted text
paste-expired = This button has expired; paste the notice again.

## Buttons (handlers/send.py, handlers/callbacks.py)
button-expired = This button has expired; ask again.
button-not-yours = This button belongs to the person it was shown to.
button-invalid = This button is no longer valid.

## Welcome, help, /lang, /stats, /export, errors (handlers/general.py)
# What the bot takes in, said the same way by /start and /help.
inputs = Send a notice file (txt, docx, doc, wps, rtf, odt, pdf, ofd, html, mht), photos of its pages or a link to it to add it.
welcome =
    Hello! I read inspection rectification notices (巡察整改通报). { inputs } Or ask about them, for example:
    { $examples }

    /help lists every command.
welcome-back = Welcome back; reminders are on again.
help =
    <b>Commands</b>
    /start — the welcome, and reminders back on after a pause
    /help — this list
    /ask Which problems are still open for Shuozhou? — ask a question (in a private chat just write it)
    /agencies — the agencies stored
    /subscribe Shuozhou — reminders of an agency's or a region's open problems
    /unsubscribe Shuozhou — stop them (without a name: choose)
    /subscriptions — what this chat follows and when
    /remind Mondays 9:00 — when to remind (daily 9am, weekdays 8:30, tz Asia/Shanghai, quiet 22:00-08:00, off)
    /export Shuozhou — the rectification ledger as .xlsx and .csv
    /stats — how much is stored
    /chart Shuozhou — a progress chart (no name: every agency; /remind daily 9am with chart: reminders carry one)
    /lang zh — reply in Chinese (/lang en: English)
    /undo — take back the last notice stored (admins)
    /watch https://…/xcgz/ — follow a site's notices column; new notices are stored as they appear (admins; /watch lists, /watch remove 1 stops)
    { inputs }
lang-set = OK: this chat now gets replies, reminders and summaries in English.
lang-usage = Which language? /lang zh (中文) or /lang en (English).
stats-agencies = Agencies
stats-notices = Notices
stats-current_notices = Current notices
stats-items = Problems
stats-chats = Chats
stats-subscriptions = Subscriptions
stats-paused_chats = Paused chats
stats-line = { $name }: { $value }
no-match = Nothing matches “{ $name }”.
error = Sorry, something went wrong; please try again.

## Subscriptions (handlers/subscriptions.py)
group-admins-only = Sorry, only the group's administrators can change its subscriptions and reminders.
subscribe-usage = Name an agency or region, e.g. /subscribe Shuozhou
several-match = Several match; choose one:
no-notice-matches = No stored notice matches “{ $name }”.
closest = Closest: { $names }
subscribed = Subscribed to <b>{ $target }</b>
already-subscribed = Already subscribed to <b>{ $target }</b>
region-scope = { " " }(every agency there)
next-reminder = Next reminder: { $when } ({ $zone })
no-subscriptions = This chat has no subscriptions.
no-subscriptions-hint = No subscriptions yet: try /subscribe Shuozhou
unsubscribe-which = Which subscription should go?
unsubscribe-all = All
unsubscribed = Unsubscribed: { $names }
no-subscription-matches = No subscription matches “{ $name }”.
subscriptions-title = <b>Subscriptions</b>
region-mark = { " " }(region)
reminders-line = Reminders: { $schedule }
paused = ⏸ Paused (the bot was blocked); send /start to resume.

## Reminders (reminders/render.py)
reminder-title = ⏰ <b>Rectification reminder</b> ({ $targets })
reminder-open = { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } still open:
reminder-more = …and { $count } more
reminder-flagged = Marked done, but work still pending:
reminder-overdue = <b>Past their deadline:</b>
reminder-due-soon = <b>Deadline near:</b>
reminder-changes = <b>Since the last reminder:</b>
reminder-closed = ✓ no longer open: { $item }
reminder-new-open = + newly open: { $item }
schedule-off = reminders off
schedule-daily = daily at { $time }
schedule-workdays = weekdays at { $time }
schedule-weekly = { $weekday ->
        [0] Mondays
        [1] Tuesdays
        [2] Wednesdays
        [3] Thursdays
        [4] Fridays
        [5] Saturdays
       *[6] Sundays
    } at { $time }
schedule = { $when } ({ $zone }), quiet hours { $quiet }
quiet-none = none
remind-ok = OK: { $schedule }
remind-next = Next reminder: { $weekday ->
        [0] Mon
        [1] Tue
        [2] Wed
        [3] Thu
        [4] Fri
        [5] Sat
       *[6] Sun
    } { $date } { $time }
remind-examples = e.g. /remind daily 9am, /remind Mondays 9:00, /remind weekdays 8:30, /remind tz Asia/Shanghai, /remind quiet 22:00-08:00, /remind off
remind-usage = When should I remind you?
remind-bad_time = I could not read a time in “{ $value }”.
remind-bad_zone = Unknown time zone “{ $value }”.
remind-bad_quiet = Quiet hours need two times, e.g. 22:00-08:00 (not “{ $value }”).
remind-no_weekday = Which day of the week? e.g. Mondays 9:00.
remind-irregular = I can remind daily, on workdays or on one day every week; “{ $value }” is none of these.

## The ledger (answers/export.py)
ledger-file = rectification-ledger
ledger-sheet = Ledger
ledger-seq = No.
ledger-agency = Agency
ledger-notice = Notice
ledger-notice_date = Notice date
ledger-link = Link
ledger-label = Item
ledger-title = Problem
ledger-measures = Measures taken
ledger-status = Status
ledger-pending = Still to do
ledger-deadline = Deadline
ledger-overdue = Overdue
ledger-not-overdue = no
ledger-overdue-by = yes (by { $days ->
        [one] { $days } day
       *[other] { $days } days
    })

## Command menus (bot/app.py)
cmd-start = Start
cmd-help = Every command, with examples
cmd-ask = Ask a question about the notices
cmd-agencies = Agencies stored
cmd-subscribe = Reminders for an agency or region
cmd-unsubscribe = Stop reminders
cmd-subscriptions = This chat's subscriptions
cmd-remind = When to remind: daily 9am, Mondays 9:00
cmd-export = Export the rectification ledger
cmd-stats = Statistics
cmd-lang = Language: /lang zh or /lang en
cmd-undo = Take back the last notice stored
cmd-watch = Watch a site's notices: /watch URL

# links, photos and watched sites
link-fetching = Fetching { $url } …
links-too-many = At most { $max } links are read a message; not fetched:
ocr-too-many-pages = At most { $max } pages are read at once.
ocr-reading = Reading { $count } image(s) by OCR …
photo-too-big = A photo is larger than the { $mb } MB limit.
ocr-page = OCR: page { $done } of { $total } …
watch-admins-only = Sorry, only the bot's admins can manage watched sites.
watch-already = Already watched: { $url }
watch-checking = Checking { $url } …
watch-failing = Watching, but it could not be read yet: { $error }
watch-added = Watching { $url }
    { $stored } listed notice(s) stored; checked every { $hours } hours, and new notices are reported to the chats subscribed to their agency or region.

## Answers (answers/render.py)
answer-truncated = (Your question was long; I read the first 300 characters.)
answer-heard = (Reading “{ $typed }” as { $read }.)
answer-ref-note = Answering with item { $seq } in order (printed as “{ $printed }”).
scope-agencies = { $count ->
        [one] { $count } agency
       *[other] { $count } agencies
    }
scope-all = all agencies
answer-no-data = No notices are stored yet. Send me a notice file (txt, docx, pdf or html) to add one.
answer-ambiguous =
    Several agencies match; which one do you mean?
    { $options }
answer-none-in-place = No agency in { $place } is stored yet.
answer-not-recognised = I don't recognise “{ $name }”.
answer-no-agency = I have no notice from the agency you named.
answer-did-you-mean = { " " }Did you mean { $name }?
answer-closest = Closest names:
answer-no-more = That was all.
answer-need-agency = Which agency or region? For example: which problems are still open for Shuozhou?
answer-no-item = No problem '{ $what }' in the notice of { $scope }.
answer-not-understood = Not understood. I answer questions about inspection rectification notices, such as:
answer-no-topic = Which problem should I look for? For example: which agencies have travel expense problems?
filter-in_progress = { $count ->
        [one] item
       *[other] items
    } in progress
filter-unstated = { $count ->
        [one] item
       *[other] items
    } with no status stated
filter-longterm = { $count ->
        [one] item
       *[other] items
    } kept up long-term
filter-done = { $count ->
        [one] item
       *[other] items
    } marked done
filter-done_pending = { $count ->
        [one] item
       *[other] items
    } marked done whose text shows pending work
filter-pending = { $count ->
        [one] item
       *[other] items
    } whose text shows pending work
filter-overdue = { $count ->
        [one] item
       *[other] items
    } past their stated deadline and not done
filter-deadline = open { $count ->
        [one] item
       *[other] items
    } with a deadline stated in the notice
filter-none = { $scope }: no { $what }.
filter-open = { $count ->
        [one] problem
       *[other] problems
    } still open
topic-status-head = <b>{ $scope }</b>: { $what } on “{ $topic }” ({ $count }):
topic-status-flagged = <b>On “{ $topic }”, marked done but the text shows work still pending:</b>
topic-status-none = { $scope }: no { $what } on “{ $topic }”. { $count ->
        [one] The one problem on it is
       *[other] The { $count } problems on it are
    }: { $parts }.
open-undated = <b>Still open with no deadline stated ({ $count }), so whether { $count ->
        [one] it is
       *[other] they are
    } late the notice does not say:</b>
filter-head = <b>{ $scope }</b>: { $count } { $what }:
open-all-done = { $scope }: every problem in the notice is marked done and none mentions unfinished work.
open-head = <b>{ $scope }</b>: { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } still open:
open-none-unmarked = <b>{ $scope }</b>: no problem is left unmarked.
open-flagged = <b>Marked done, but the text shows work still pending:</b>
answer-more = …and { $count } more; reply “more” for the next page.
item-status = Status: { $status }
item-under = Under: { $where }
item-pending = Pending: { $evidence }
item-measures = Measures: { $measures }
topic-none = No notice mentions “{ $topic }”.
topic-none-in = The notices of { $scope } do not mention “{ $topic }”.
topic-at-least = At least { $agencies ->
        [one] { $agencies } agency
       *[other] { $agencies } agencies
    }, { $items ->
        [one] { $items } item
       *[other] { $items } items
    } mention “{ $topic }”; the latest:
topic-head = { $agencies ->
        [one] { $agencies } agency has
       *[other] { $agencies } agencies have
    } “{ $topic }” problems:
topic-rest = …{ $items ->
        [one] { $items } item
       *[other] { $items } items
    } in all; other agencies:
topic-rest-more = …and { $count } more; narrow by region.
count-status = { $status } { $count }
count-line = { $items ->
        [one] { $items } problem
       *[other] { $items } problems
    }, { $rate } done ({ $parts }){ $pending ->
        [0] {""}
       *[other] ; { $pending } with work still pending in the text
    }
summary-scope = <b>{ $scope }</b>: { $line }
summary-topic = <b>{ $scope }, problems about “{ $topic }”</b>: { $capped ->
        [yes] at least{" "}
       *[no] {""}
    }{ $line }
summary-agency = • { $name }: { $line }
summary-picked = That is <b>{ $name }</b>.
summary-team = inspected by { $team }
summary-period = inspection { $start } – { $end }
summary-feedback = feedback { $date }
summary-published = published { $date }
claims-none = No notice found.
claim-part = { $what ->
        [aspects] aspects
        [problem_groups] problem groups
        [problems] problems
        [completed] completed
        [in_progress] in progress
       *[longterm] longterm
    } { $count }
claims-unsaid = none
claims-said = Claims: { $said }; the body lists { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }
claims-agree = Claims and body agree.
changes-one-notice = { $scope } has only one notice; nothing to compare yet.
changes-head = <b>{ $scope }</b>: changes between notices:
change-new = new
change-dropped = no longer listed
latest-head = Latest notices:
latest-head-oldest = Earliest notice:
latest-head-feedback = Notices by the date of the inspectors' feedback:
latest-head-inspection = Notices by the date the inspection began:
latest-none = No notice of that time was found.
latest-line = • { $agency }{ $date } — { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }
agencies-head = Agencies stored ({ $count }):
agencies-without = Agencies whose notices hold nothing on “{ $topic }” ({ $count }):
agencies-more = …and { $count } more; ask by region.

# the kinds of place a question may list agencies by (which counties; answers/data/regions.toml [kinds])
kind-county = counties
kind-city = cities
kind-district = districts
kind-town = towns
kind-county_level = county-level places
kind-prefecture_level = prefecture-level places
kind-county_level_city = county-level cities
kind-district_level = district-level places
kind-province_level = provinces
agencies-of-kind = Agencies in { $kind } ({ $count }):
help-intro = I answer questions about inspection rectification notices, for example:
watch-arrival =
    📬 A watched site published a notice:
    { $summary }
    { $link }
watch-held =
    📬 A watched site published a notice that was not stored, and subscribers were not told:
    { $held }
    { $link }
    It is read again at the next check; if it is right, send me the notice and press “Store anyway”.
watch-failed =
    ⚠ The watched site failed { $failures } checks in a row:
    { $url }
    { $error }
    It will be retried less often.
watch-none = No watched sites. Add one with /watch URL.
watch-list-title = <b>Watched sites</b>
watch-no-such = No such watch: { $which }
watch-removed = Stopped watching { $url }

## Reminders: nothing open (handlers/reminders.py)
reminder-nothing-open = ⏰ Nothing is open for your subscriptions.

## A file or link that cannot be read (presentation/errors.py; codes from errors/, the one error tree)
error-unreadable = This file or link cannot be read. Check it and send it again, or send the notice as a .txt or .docx file.
error-empty = { $name } is empty. Send the notice file itself (txt, docx, doc, rtf, odt, xlsx, xls, ods, pdf, ofd, html, mht or images of its pages).
error-unsupported = { $name } looks like { $format ->
        [rar] a RAR archive
        [gzip] a gzip archive
        [sevenzip] a 7-Zip archive
        [rtf] an RTF document
        [binary] binary data, not text
        [zip] a ZIP archive or another Office file, not a Word, Excel or OpenDocument file
        [ppt] a PowerPoint (.ppt) file
       *[ole] an Office compound file that is neither a Word document nor an Excel workbook
    }, which rectibot cannot read. Send the notice as .txt, .docx, .doc/.wps, .rtf, .odt, .xlsx, .xls, .ods, .pdf, .ofd, a saved .html or .mht page, or photos of its pages.
error-corrupt = { $name } is a damaged { $kind ->
        [docx] Word (.docx)
        [xlsx] Excel (.xlsx)
        [xls] Excel 97–2003 (.xls)
        [doc] Word 97–2003 (.doc/.wps)
        [odt] OpenDocument text (.odt)
        [ods] OpenDocument spreadsheet (.ods)
        [rtf] Rich Text (.rtf)
        [pdf] PDF
        [ofd] OFD (.ofd)
        [mhtml] saved web page (.mht/.mhtml)
        [image] image
        [html] web page
       *[notice] notice
    } file and cannot be opened. Open it on your computer, save it again, and resend it.
error-encrypted = { $name } is password-protected. Remove the password (or print it to a new PDF) and resend it.
error-scanned = { $name } is a scanned PDF with no text layer, so there is nothing to read without OCR, which is not installed. Send the web page or Word version of the notice.
error-ocr-nothing = { $name } has no text layer and OCR found no text in it. Send a sharper scan or photo, or the notice's Word or web version.
error-ocr-unavailable = { $name } is an image: its text can only be read by OCR, which is not installed. Send the web page or Word version of the notice.
error-needs-ocr = { $name } is a scan or an image; its text has to be read by OCR.
error-not-notice = { $name } does not read like a rectification notice (巡察/巡视整改进展情况的通报): { $reason ->
        [no_rectification] it never mentions 整改 (rectification)
       *[no_inspection] it never mentions an inspection (巡察 or 巡视) whose findings are rectified
    }.
error-oversized = { $name } { $part ->
        [whole] unpacks to
        [part] has a part that unpacks to
        [file] is a workbook of
       *[page] is a web page of
    } more than { $limit_mb } MB, far more than a notice (it may be a compressed bomb). Send the notice's text, or save it again as a smaller file.
error-cells = { $name } holds more than { $limit } { $what ->
        [sheets] sheets
       *[cells] cells
    }, far more than a rectification ledger (it may be a bomb). Send the ledger's text, or copy its sheet into a new workbook and send that.
error-pages = { $name } has { $pages } pages; OCR reads at most { $limit }.
error-pixels = { $name } is an image of { $width }×{ $height } pixels, too large to read.
error-missing = { $path } does not exist.
error-folder = { $path } is a folder; name a notice file.
error-memory = { $name } needs more than { $memory_mb } MB of memory to read, far more than a notice: it may be a compressed bomb or a huge scan. Send the notice's text, or save it again as a smaller file.
error-slow = { $name } took longer than { $seconds } s to read and was stopped. Send the notice as a .txt or .docx file instead.
error-fetch = This link cannot be read. Check it, or send the file itself.
error-refused = { $url } was not fetched: { $reason ->
        [scheme] only http:// and https:// links are followed
        [no_host] the link names no host
        [port] the link's port is not a number
        [private] { $host } is a private or local address ({ $address }), which links may not reach
       *[redirects] it redirects more than { $count } times
    }.
error-unreachable = { $url } could not be reached ({ $reason ->
        [encoding] its content encoding { $encoding } cannot be read
        [no_address] no address found for { $host }
        [status] the site answered { $status }
       *[network] a network error
    }). Check the link, or send the file itself.
error-timeout = { $url } did not answer within { $seconds } s. Try again later, or send the file itself.
error-too-large = { $url } is larger than the { $limit_mb } MB limit, so it was not read.
error-listing = { $url } is a list of { $count } notices, not a notice; follow it with /watch { $url }, or send the notices' links.
error-no-agency = The notice names no issuing agency, so it cannot be stored. Send the full notice, with its "关于……" title or its signature.
photo-name = { $count ->
        [1] photo
       *[other] { $count } photos
    }

## The console's own words for some of them (presentation/errors.py error_line)
cli-error-corrupt = { $name } is a damaged { $kind ->
        [docx] Word (.docx)
        [xlsx] Excel (.xlsx)
        [xls] Excel 97–2003 (.xls)
        [doc] Word 97–2003 (.doc/.wps)
        [odt] OpenDocument text (.odt)
        [ods] OpenDocument spreadsheet (.ods)
        [rtf] Rich Text (.rtf)
        [pdf] PDF
        [ofd] OFD (.ofd)
        [mhtml] saved web page (.mht/.mhtml)
        [image] image
        [html] web page
       *[notice] notice
    } file and cannot be opened ({ $detail ->
        [zlib] corrupt compressed data
        [no-pages] it has no pages
        [RecursionError] nested too deeply
       *[other] { $detail }
    }). Open it on your computer, save it again, and resend it.
cli-error-scanned = { $name } is a scanned PDF with no text layer, so there is nothing to read without OCR. Enable OCR with: pip install 'rectibot[ocr]' — or send the web page or Word version of the notice.
cli-error-ocr-unavailable = { $name } is an image: its text can only be read by OCR, which is not installed. Install it with: pip install 'rectibot[ocr]' — or send the web page or Word version of the notice.
cli-error-unreachable = { $url } could not be reached ({ $reason ->
        [encoding] its content encoding { $encoding } cannot be read
        [no_address] no address found for { $host }
        [status] the site answered { $status } { $phrase }
       *[network] { $error }
    }). Check the link, or send the file itself.
cli-error-listing = { $url } is a list of { $count } notices; add them with `rectibot watch add { $url }` or give their links

## A file sent in the chat that could not be downloaded (handlers/documents.py; errors/)
error-download = The file could not be downloaded; please send it again.
error-too-big = The file is too large ({ $size_mb } MB); the limit is { $limit_mb } MB.
error-download-failed = The file could not be downloaded ({ $reason }); please send it again.

## The database cannot be used (errors/ DatabaseError): in the chat without its path, on the console with it
error-db-other = The bot's database could not be used ({ $error }), so nothing was stored. Tell the bot's administrator.
error-db-not-a-database = The bot's database is damaged, so nothing was stored. Tell the bot's administrator.
error-db-damaged = The bot's database is damaged, so nothing was stored. Tell the bot's administrator.
error-db-read-only = The bot's database is read-only, so nothing was stored. Tell the bot's administrator.
error-db-disk-full = The bot's disk is full, so this was not stored; what was stored before is kept. Tell the bot's administrator, and send it again once there is space.
error-db-cannot-open = The bot's database cannot be opened, so nothing was stored. Tell the bot's administrator.
error-db-locked = The bot's database is busy, so nothing was stored. Send it again in a minute.
cli-error-db-other = database { $db } could not be used ({ $error }); check the file
cli-error-db-not-a-database = database { $db } is not a SQLite database or is damaged; restore it from a backup, or name another with --db
cli-error-db-damaged = database { $db } is damaged; restore it from a backup, or name another with --db
cli-error-db-read-only = database { $db } is read-only; give this user write access to it and to its folder
cli-error-db-disk-full = database { $db } cannot be written: the disk is full; free some space and run the command again
cli-error-db-cannot-open = database { $db } cannot be opened; check the path and the folder's permissions
cli-error-db-locked = database { $db } is locked by another process for too long; try again when it has finished

## Configuration and start-up (errors/ ConfigError; bot/config.py, bot/instance.py, bot/app.py, bot/cli.py)
error-config = the configuration is not usable; check config.toml
error-config-missing = config file { $path } does not exist
error-config-not-toml = { $path } is not valid TOML: { $detail }
error-config-invalid = { $path }: { $detail }
error-db-missing = database { $db } does not exist; check --db, or create it with `rectibot ingest FILES`
error-lock-file = cannot create the lock file { $path } ({ $detail }); check the folder's permissions
error-another-bot = another bot is running on { $db } (pid { $pid })
error-no-token = set TELEGRAM_BOT_TOKEN to the token BotFather gave you (it is never read from a file)
error-token-rejected = Telegram rejected the token; check TELEGRAM_BOT_TOKEN and base_url
error-cannot-start = could not start: { $detail }

## The command line asked for something that is not there (errors/ UsageError; bot/cli.py)
error-usage = nothing to do; see rectibot --help
error-nothing-stored = no notice is stored
error-no-such-notice = there is no notice { $notice } to remove
error-no-question = ask a question, or give --json and questions one per line on standard input
error-no-such-agency = no stored agency matches { $name }
error-samples-missing = the sample notices are missing from { $path }; reinstall rectibot
error-watch-add-what = name the listing page to watch: rectibot watch add URL

# the command line (rectibot …): plain text, no HTML
cli-watch-none = No watched sites. Add one with: rectibot watch add URL
cli-watch-next = next check { $next }
cli-watch-failing = failing { $failures ->
        [one] once
       *[other] { $failures } times in a row
    }: { $error }
cli-watch-add-failed = FAILED { $url }: { $error }. Nothing was added.
cli-watch-failed = FAILED { $url }: { $error }; next try { $next }
cli-watch-checked = checked { $url }: { $listed ->
        [one] 1 notice listed
       *[other] { $listed } notices listed
    }, { $stored } new stored{ $held ->
        [0] {""}
       *[other] , { $held } held for confirmation (not stored)
    }, { $queued ->
        [one] 1 chat report queued
       *[other] { $queued } chat reports queued
    }
cli-watch-nothing-due = Nothing due; the next check is at { $next }. `rectibot watch run --all` checks every watch now.
cli-removed = removed notice { $id }: { $agency }{ $date } ({ $count ->
        [one] { $count } item
       *[other] { $count } items
    }); { $current ->
        [0] no notice of it remains
       *[other] notice { $current } is current again
    }
cli-count = { $count } { $outcome }
cli-total = Total: { $totals }
cli-failed = FAILED { $name }: { $reason }
cli-demo-stored = Sample notices in { $db }: { $totals }
cli-demo-prompt = Ask about the notices (Chinese or English); an empty line or Ctrl-D ends. Try: 朔州还有哪些问题没整改完
cli-summary-no-agency = (agency unknown)
cli-summary-place = place: { $region } ({ $prefecture }, { $province })
cli-summary-inspection = inspection: { $team } { $start } – { $end }, feedback { $feedback }
cli-summary-dates = published { $published }, signed { $signed }
cli-summary-items = items: { $items }{ $groups ->
        [0] {""}
       *[other] { " " }in { $groups } groups
    }, { $aspects } aspects; { $statuses }
cli-summary-pending = [pending: { $evidence }]
cli-summary-due = (due { $date })
cli-summary-warning = warning: { $text }
ledger-divided = The ledger is larger than Telegram's 50 MB per file, so it comes zipped or split by province into { $count } files.
## Charts: /chart, the 📊 button, the /export summary sheet, reminders with a chart (presentation/charts.py, handlers/charts.py)
chart-title = Rectification progress: { $scope } ({ $date })
chart-scope-all = all agencies
chart-segment-done = done
chart-segment-done_longterm = done, kept up long-term
chart-segment-flagged = declared done, work still pending
chart-segment-in_progress = in progress
chart-segment-unstated = progress not stated
chart-light-red = red
chart-light-yellow = yellow
chart-light-green = green
chart-axis-items = problems
chart-aspects-title = Problems by aspect and status
chart-aspect-none = (no aspect)
chart-history-title = Open problems, notice by notice
chart-history-axis = open
chart-overdue-title = Overdue ({ $count })
chart-overdue-none = Nothing overdue
chart-overdue-line = { $label } { $title } (due { $deadline })
chart-overdue-more = { $count } more overdue
chart-more-agencies = { $count } more agencies not drawn (the { $shown } with the largest open share are)
chart-caption-title = <b>{ $scope }</b>: rectification progress ({ $date })
chart-caption-totals = { $agencies } { $agencies ->
        [one] agency
       *[other] agencies
    }, { $items } problems: { $done } done, { $longterm } done and kept up long-term, { $flagged } declared done with work still pending, { $in_progress } in progress, { $unstated } with progress not stated; { $overdue } overdue.
chart-caption-agency = { $light } { $agency }: { $open }/{ $total } open, { $overdue } overdue
chart-caption-aspect = • { $aspect }: { $open }/{ $total } open
chart-caption-history = Open problems notice by notice: { $steps }
chart-caption-more = … and { $count } more agencies
chart-caption-sources = Counted from: { $notices }
chart-caption-more-notices = and { $count } more notices
chart-caption-light-red = 🔴
chart-caption-light-yellow = 🟡
chart-caption-light-green = 🟢
cite-notice = [{ $agency }, { $notice }]
chart-button = 📊 Chart
chart-nothing = Nothing to chart yet: send a notice file or link first.
chart-expired = This button has expired; send /chart with an agency or region.
chart-saved = Chart saved to { $path } ({ $seconds } s)
ledger-summary-sheet = Summary
ledger-summary-agency = Agency
ledger-summary-total = Problems
ledger-summary-overdue = Overdue
ledger-summary-open-share = Open share
ledger-summary-light = Light
cmd-chart = Progress chart, e.g. /chart Shuozhou
remind-chart-on = Reminders will carry a progress chart.
