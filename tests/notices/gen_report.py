"""Write GEN_FAILURES.md: the classes of generated notices the parser reads wrong, each with its smallest example.

Run `python -m tests.notices.gen_report > GEN_FAILURES.md` (a few seconds); the parser engineer reads it.
"""

from __future__ import annotations

from typing import Any

from .generator import AXES, generate
from .test_generated import CROSS, CROSS_SEEDS, FREE_SEEDS, SINGLE, SINGLE_SEEDS, _seeds, differences


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
        cells = [str(n) if n else "·" for f, _, n in cross_fail if f == fam]
        out.append(f"| `{fam}` | " + " | ".join(cells) + " |")
    out.append("")
    free = []
    for levels in AXES["levels"]:
        n = sum(
            bool(differences(generate(seed, levels=levels))) for seed in _seeds(f"free levels={levels}", FREE_SEEDS)
        )
        free.append(f"levels={levels}: {n}/{FREE_SEEDS}")
    out.append("## All axes drawn freely: failing notices " + ", ".join(free))
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
