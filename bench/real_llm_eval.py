"""The "real LLM output" group: do the checks catch errors a real model made?

The planted-error benchmarks measure the checks on mistakes someone wrote on
purpose. This group uses what SmolLM2-135M actually wrote for the bundled
fixtures (``fixtures/llm/smollm2/replies.jsonl``, recorded by
``bench/local_llm_bench.py``) and hand labels (``fixtures/llm/labels.jsonl``):
for each labelled summary, every factual error found by reading it against its
record, quoted exactly, with its type, and the statements that are correct.

Two figures:

- **recall on real errors**: a labelled error is caught when an error-severity
  finding's span overlaps the quoted text;
- **false flags on correct statements**: a labelled correct statement is
  falsely flagged when an error-severity finding's span overlaps it.

Quotes are located in the rendered summary (``PlainSummary.to_markdown()``), the
text the checks and the site see. ``occurrence`` picks among repeated quotes.

SmolLM2 mostly gives replies the pipeline rejects: cut off at ``max_tokens``
while repeating itself, or with an empty required field. The pipeline stores no
version for those, but each is still a real model's account of a real record,
and its hallucinations are what this group is about. So a labelled reply is
rendered as what the model wrote: validated when it passes, otherwise built
without validation, and a truncated reply is closed where it was cut (the open
string and brackets closed, absent fields left empty). The group reports how
many summaries were of each kind.

Usage::

    python3 bench/real_llm_eval.py          # a table
    python3 bench/real_llm_eval.py --json   # the dict real_llm_group() returns
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from summarizer.checks import run_checks
from summarizer.parse import parse_file
from summarizer.records import Trial
from summarizer.summary import PlainSummary

ROOT = Path(__file__).resolve().parent.parent
LLM_FIXTURES = ROOT / "fixtures" / "llm"
REPLIES = LLM_FIXTURES / "smollm2" / "replies.jsonl"
LABELS = LLM_FIXTURES / "labels.jsonl"
ERROR_TYPES = (
    "number", "phase", "status", "age", "sex", "enrollment", "intervention.invented",
    "date", "sponsor", "claim", "advice", "study_type", "other",
)  # fmt: skip

Span = tuple[int, int]


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def locate(text: str, quote: str, occurrence: int = 0) -> Span:
    """The span of the ``occurrence``-th appearance of ``quote`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(quote, start + 1)
        if start == -1:
            raise ValueError(f"quote not found in the summary: {quote!r}")
    return start, start + len(quote)


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def close_truncated(reply: str) -> dict[str, Any]:
    """A reply cut off inside a JSON object, closed where it stopped."""
    closers: list[str] = []
    in_string = escaped = False
    for char in reply:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            closers.append("}" if char == "{" else "]")
        elif char in "}]" and closers:
            closers.pop()
    text = reply[:-1] if escaped else reply
    text = (text + '"' if in_string else text).rstrip().rstrip(",")
    # strict=False: a small model writes raw newlines inside strings.
    data = json.loads(text + "".join(reversed(closers)), strict=False)
    if not isinstance(data, dict):
        raise ValueError("the reply is not a JSON object")
    return data


def summary_text(row: dict[str, Any]) -> tuple[str, str]:
    """The rendered summary of a recorded reply, and its kind: validated, invalid or truncated."""
    if row["summary"] is not None:
        return PlainSummary.model_validate(row["summary"]).to_markdown(), "validated"
    try:
        data, kind = json.loads(row["raw_reply"], strict=False), "invalid"
    except json.JSONDecodeError:
        data, kind = close_truncated(row["raw_reply"]), "truncated"
    fields: dict[str, Any] = {name: "" for name in PlainSummary.model_fields}
    fields["key_facts"] = []
    fields.update({name: data[name] for name in PlainSummary.model_fields if name in data})
    # model_construct skips validation: the checks read what the model wrote.
    return PlainSummary.model_construct(**fields).to_markdown(), kind


def _trial(row: dict[str, Any]) -> Trial:
    for record in parse_file(ROOT / row["source"]):
        if record.trial.nct_id == row["nct_id"]:
            return record.trial
    raise ValueError(f"{row['source']} does not hold {row['nct_id']}")


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def evaluate(replies: list[dict[str, Any]], labels: list[dict[str, Any]]) -> dict[str, Any]:
    """Run the checks over each labelled summary and score them against the labels."""
    by_id = {row["nct_id"]: row for row in replies}
    errors_total: Counter[str] = Counter()
    errors_caught: Counter[str] = Counter()
    correct_total: Counter[str] = Counter()
    correct_flagged: Counter[str] = Counter()
    missed: list[dict[str, Any]] = []
    false_flags: list[dict[str, Any]] = []
    with_errors = with_errors_flagged = clean = clean_flagged = 0
    kinds: Counter[str] = Counter()
    for label in labels:
        row = by_id[label["nct_id"]]
        text, kind = summary_text(row)
        kinds[kind] += 1
        report = run_checks(_trial(row), text)
        flags = [(f.span, f.code) for f in report.findings if f.severity == "error" and f.span]
        if label["errors"]:
            with_errors += 1
            with_errors_flagged += report.flagged
        else:
            clean += 1
            clean_flagged += report.flagged
        for item in label["errors"]:
            span = locate(text, item["quote"], item.get("occurrence", 0))
            codes = sorted({code for flag, code in flags if _overlaps(flag, span)})
            errors_total[item["type"]] += 1
            if codes:
                errors_caught[item["type"]] += 1
            else:
                missed.append({"nct_id": label["nct_id"], **item})
        for item in label["correct"]:
            span = locate(text, item["quote"], item.get("occurrence", 0))
            codes = sorted({code for flag, code in flags if _overlaps(flag, span)})
            correct_total[item["type"]] += 1
            if codes:
                correct_flagged[item["type"]] += 1
                false_flags.append({"nct_id": label["nct_id"], "codes": codes, **item})
    n_errors, n_caught = sum(errors_total.values()), sum(errors_caught.values())
    n_correct, n_flagged = sum(correct_total.values()), sum(correct_flagged.values())
    models = sorted({by_id[label["nct_id"]]["model"] for label in labels})
    return {
        "group": "real LLM output",
        "models": models,
        "summaries": len(labels),
        "summary_kinds": dict(sorted(kinds.items())),
        "errors": {
            "total": n_errors,
            "caught": n_caught,
            "recall": _rate(n_caught, n_errors),
            "by_type": {
                kind: {
                    "total": errors_total[kind],
                    "caught": errors_caught[kind],
                    "recall": _rate(errors_caught[kind], errors_total[kind]),
                }
                for kind in sorted(errors_total)
            },
            "missed": missed,
        },
        "correct_statements": {
            "total": n_correct,
            "falsely_flagged": n_flagged,
            "false_flag_rate": _rate(n_flagged, n_correct),
            "by_type": {
                kind: {"total": correct_total[kind], "falsely_flagged": correct_flagged[kind]}
                for kind in sorted(correct_total)
            },
            "false_flags": false_flags,
        },
        "summaries_with_errors_flagged": [with_errors_flagged, with_errors],
        "summaries_without_errors_flagged": [clean_flagged, clean],
    }


def real_llm_group(replies: Path = REPLIES, labels: Path = LABELS) -> dict[str, Any]:
    """The "real LLM output" group for the checks benchmark (see the module docstring)."""
    return evaluate(load_jsonl(replies), load_jsonl(labels))


def _print_table(group: dict[str, Any]) -> None:
    errors, correct = group["errors"], group["correct_statements"]
    print(
        f"{group['group']} · {', '.join(group['models'])} · {group['summaries']} summaries "
        f"({', '.join(f'{n} {kind}' for kind, n in group['summary_kinds'].items())})"
    )
    print(f"  recall on real errors: {errors['caught']}/{errors['total']} = {errors['recall']}")
    for kind, row in errors["by_type"].items():
        print(f"    {kind:24} {row['caught']:3}/{row['total']:<3} {row['recall']}")
    print(
        f"  false flags on correct statements: {correct['falsely_flagged']}/{correct['total']}"
        f" = {correct['false_flag_rate']}"
    )
    for kind, row in correct["by_type"].items():
        print(f"    {kind:24} {row['falsely_flagged']:3}/{row['total']:<3}")
    hit, of = group["summaries_with_errors_flagged"]
    print(f"  summaries with a labelled error that are flagged: {hit}/{of}")
    hit, of = group["summaries_without_errors_flagged"]
    print(f"  summaries without a labelled error that are flagged: {hit}/{of}")
    for item in errors["missed"]:
        print(f"  missed  {item['nct_id']} {item['type']:22} {item['quote']!r}")
    for item in correct["false_flags"]:
        codes = ",".join(item["codes"])
        print(f"  false   {item['nct_id']} {item['type']:22} {item['quote']!r} ({codes})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="Print the group as JSON.")
    args = parser.parse_args(argv)
    group = real_llm_group()
    if args.json:
        print(json.dumps(group, indent=2, ensure_ascii=False))
    else:
        _print_table(group)
    return 0


if __name__ == "__main__":
    sys.exit(main())
