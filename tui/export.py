"""Claims as a fact-checker takes them away: `quotelens analyze FILE --format csv|markdown`.

One row (or bullet) per claim: who, how it was said (kind, cue), what, whether it carries a
checkable fact and why, and whether the reader corrected its speaker.
"""

from __future__ import annotations

import csv
import io

from tui.analysis.model import Analysis

CSV_COLUMNS = ("speaker", "kind", "cue", "text", "start", "end", "checkworthy", "reasons", "via", "corrected")
UNATTRIBUTED = "(unattributed)"


def _rows(analysis: Analysis) -> list[dict[str, str]]:
    quotes = {q.id: q for q in analysis.quotes}
    rows = []
    for claim in analysis.claims:
        speaker = analysis.speaker(claim.speaker)
        first = quotes.get(claim.quotes[0]) if claim.quotes else None
        rows.append({
            "speaker": speaker.name if speaker else UNATTRIBUTED,
            "kind": first.kind if first else "",
            "cue": first.cue.text if first and first.cue else "",
            "text": " ".join(claim.text.split()),
            "start": str(claim.start),
            "end": str(claim.end),
            "checkworthy": "yes" if claim.checkworthy else "no",
            "reasons": ", ".join(claim.reasons),
            "via": first.speaker.via if first and first.speaker else "",
            "corrected": "yes" if first and first.corrected else "no",
        })
    return rows


def to_csv(analysis: Analysis) -> str:
    """The claims as CSV (RFC 4180, a header row), one claim per row, in reading order."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(_rows(analysis))
    return out.getvalue()


def to_markdown(analysis: Analysis, title: str, source: str) -> str:
    """The claims grouped by speaker (in order of first appearance), with the article's title,
    date and source; check-worthy claims are marked with their reasons."""
    date = analysis.source.get("date")
    lines = [f"# {title}", "", f"Source: {source}" + (f" · {date}" if date else ""), ""]
    rows = _rows(analysis)
    checkworthy = sum(r["checkworthy"] == "yes" for r in rows)
    lines += [f"{len(rows)} claims, {checkworthy} check-worthy, {len(analysis.speakers)} speakers.", ""]
    order: list[str] = []
    for row in rows:
        if row["speaker"] not in order:
            order.append(row["speaker"])
    if UNATTRIBUTED in order:  # honest "don't know" last
        order.remove(UNATTRIBUTED)
        order.append(UNATTRIBUTED)
    for name in order:
        speaker = next((s for s in analysis.speakers if s.name == name), None)
        roles = f" — {', '.join(speaker.roles)}" if speaker and speaker.roles else ""
        lines += [f"## {name}{roles}", ""]
        for row in (r for r in rows if r["speaker"] == name):
            how = row["kind"] + (f", « {row['cue']} »" if row["cue"] else "")
            flag = f" **[check: {row['reasons']}]**" if row["checkworthy"] == "yes" else ""
            flag += " *(speaker corrected by the reader)*" if row["corrected"] == "yes" else ""
            lines.append(f"- {_md_escape(row['text'])} ({how}){flag}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _md_escape(text: str) -> str:
    for char in ("\\", "*", "_", "`", "[", "]", "<", ">", "#"):
        text = text.replace(char, "\\" + char)
    return text
