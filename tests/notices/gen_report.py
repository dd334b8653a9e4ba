"""Write GEN_FAILURES.md: the classes of generated notices the parser reads wrong, each with its smallest example.

Run `python -m tests.notices.gen_report > GEN_FAILURES.md` (a few seconds); the parser engineer reads it.
"""

from __future__ import annotations

from typing import Any

from .generator import AXES, generate
from .test_generated import CROSS, CROSS_SEEDS, FREE_SEEDS, SINGLE, SINGLE_SEEDS, _seeds, differences

# The gold conventions the generator writes by (from ../shared/gold/README.md and ../shared/layouts/README.md).
CONVENTIONS = """## Gold conventions of the generator

- `label`: the printed label without brackets and separators; `问题N`/`问题一` keep 问题 (as 溆浦's
  `问题21`); `第N项`/`第一项`/`第一条`/`第N个问题` → `N`/`一`; `一是`/`其一` → `一`;
  `①` `❶` `⑴` `⒈` → the digit; `a.` → `a`;
  unnumbered problems → their position under their heading (L13). Compared after NFKC, without punctuation.
- `title`: without numbering, wrappers (`关于“…”问题`, `关于“…”问题的整改情况`, `针对“…”的问题`,
  `关于…的问题`), a trailing `问题` (L01) and status prefixes/suffixes in any bracket; inline text after
  the first `。` is not title.
- `aspect`/`group`: the heading lines as printed; three heading levels → top is aspect, middle is group;
  two → the upper is aspect, group null (L14), whatever the family. Problems under a status section
  heading (`一、已整改完成的问题`) have aspect and group null (L04) and status_source `section`.
- Status: 未完成/尚未完成/没有完成/未整改到位/未销号/是否完成:否 → `in_progress`; 基本完成/阶段性完成
  → `in_progress`; 已完成并长期坚持 / 已完成,长期坚持 → `done_longterm`; 需要长期坚持整改的事项 (a
  section) → `in_progress` (L04); a lead sentence under an aspect (`本方面N个问题正在持续整改中`) →
  source `section`. Clauses like `已完成全部32份合同的复核` inside measures are text, never status.
- Claims: `N个方面M个问题` → aspects N, problems M; `…G个问题M个具体问题` → problem_groups G, problems M;
  `已完成整改C个,正在推进I个` → completed C, in_progress I (I null where the notice states only C).
  A claim 3 or more off the listed problems needs a `claim_mismatch` warning (what=problems, claimed,
  listed); an agreeing claim none.
- Closing (`下一步工作打算`, `长效机制`) and opening general parts (`整改工作开展情况`) hold no problems,
  even when their points are numbered like the problems.
- Header: `agency` is the body's name (no 中共); `issuer` the signature's name where the notice signs, else
  the title's; `2024年3月至5月` / `3月下旬` → `YYYY-MM`; a feedback date that lost its 年 or 月 is generated
  only where one reading exists (`2024年721日` → 2024-07-21), and is that date; `published` from
  发布时间/更新时间/公开日期/发布日期/日期 (info block); province/prefecture are not checked.
- One class runs as `pytest "tests/notices/test_generated.py::test_one_class_on_the_plain_layout[status_form=prefix]"`
  or `-k "prefix and plain_layout"` (ids: `axis=value`, `family×form`, and the level for the free tier).""".splitlines()


def _example(axes: dict[str, Any], baseline: bool) -> tuple[str, list[str], str] | None:
    """The shortest failing notice of a class (small trees first), with what differs."""
    found = None
    for seed in range(200):
        for small in (True, False):
            g = generate(seed, baseline=baseline, small=small, **axes)
            diffs = differences(g)
            if diffs and (found is None or len(g.text) < len(found[0])):
                found = (g.text, diffs, g.describe())
        if found and seed >= 20:
            break
    return found


def main() -> None:
    out = ["# Generated notices the parser reads wrong", ""]
    out.append(
        "Written by `python -m tests.notices.gen_report` from `tests/notices/generator.py` against the parser of"
    )
    out.append(
        "this branch. Each class is the plain layout (BASELINE in generator.py: `(一)` aspects, `1.` problems, a"
    )
    out.append(
        "`完成情况:` line, agreeing claims) with ONE axis changed; the example is the shortest failing notice of it."
    )
    out.append("Reproduce any with `python -m tests.notices.generator SEED baseline=true AXIS=VALUE`.")
    out.append("")
    out.extend(CONVENTIONS)
    out.append("")
    single_fail = []
    for axis, value in SINGLE:
        n = 0
        for seed in _seeds(f"{axis}={value}", SINGLE_SEEDS):
            if differences(generate(seed, baseline=True, **{axis: value})):
                n += 1
        single_fail.append((axis, value, n))
    failing = [(a, v, n) for a, v, n in single_fail if n]
    out.append(f"## Summary: {len(failing)} of {len(SINGLE)} one-axis classes fail")
    out.append("")
    by_axis: dict[str, list[int]] = {}
    for a, _, n in single_fail:
        by_axis.setdefault(a, [0, 0])[0] += bool(n)
        by_axis[a][1] += 1
    out.append("Failing classes by axis: " + ", ".join(f"{a} {f}/{t}" for a, (f, t) in by_axis.items() if f) + ".")
    out.append("")
    out.append("| class | failing / seeds |")
    out.append("|---|---|")
    for a, v, n in failing:
        out.append(f"| `{a}={v}` | {n}/{SINGLE_SEEDS} |")
    passing = [f"`{a}={v}`" for a, v, n in single_fail if not n]
    out.append("")
    out.append("Passing: " + (", ".join(passing) or "none"))
    out.append("")
    cross_fail = []
    for fam, form in CROSS:
        n = sum(
            bool(differences(generate(seed, baseline=True, item_family=fam, status_form=form)))
            for seed in _seeds(f"{fam}×{form}", CROSS_SEEDS)
        )
        cross_fail.append((fam, form, n))
    out.append(f"## Family × status form: {sum(1 for *_, n in cross_fail if n)} of {len(CROSS)} cells fail")
    out.append("")
    forms = list(dict.fromkeys(f for _, f, _ in cross_fail))
    out.append("| family | " + " | ".join(forms) + " |")
    out.append("|---|" + "---|" * len(forms))
    for fam in dict.fromkeys(f for f, _, _ in cross_fail):
        row = {form: n for f, form, n in cross_fail if f == fam}
        cells = [("·" if not row[form] else str(row[form])) if form in row else "–" for form in forms]
        out.append(f"| `{fam}` | " + " | ".join(cells) + " |")
    out.append("")
    free = []
    passing_classes = {(a, v) for a, v, n in single_fail if not n}
    combos: list[tuple[int, str, list[str]]] = []
    for levels in AXES["levels"]:
        n = 0
        for seed in _seeds(f"free levels={levels}", FREE_SEEDS):
            g = generate(seed, levels=levels)
            diffs = differences(g)
            if not diffs:
                continue
            n += 1
            # A failure whose every choice passes on its own is a combination the one-axis cases do not show.
            own = [(a, g.choices[a]) for a, _ in SINGLE if a in g.choices]
            if all(c in passing_classes for c in dict.fromkeys(own)):
                combos.append((len(g.text), g.describe(), diffs))
        free.append(f"levels={levels}: {n}/{FREE_SEEDS}")
    out.append("## All axes drawn freely: failing notices " + ", ".join(free))
    out.append("")
    out.append(f"{len(combos)} of them fail although each of their choices passes alone (combinations):")
    out.append("")
    for _, desc, diffs in sorted(combos)[:6]:
        out.append(f"- `{desc}`: " + "; ".join(diffs[:3]))
    out.append("")
    out.append("## The failing classes, each with its smallest example")
    for a, v, n in failing:
        ex = _example({a: v}, True)
        if ex is None:
            continue
        text, diffs, desc = ex
        out.append("")
        out.append(f"### `{a}={v}` ({n}/{SINGLE_SEEDS})")
        out.append("")
        out.append(f"`{desc}`")
        out.append("")
        out.append("```text")
        out.append(text.rstrip("\n")[:2500])
        out.append("```")
        out.append("")
        out.append("Parser vs gold:")
        out.append("")
        out.extend(f"- {d}" for d in diffs[:8])
    print("\n".join(out))


if __name__ == "__main__":
    main()
