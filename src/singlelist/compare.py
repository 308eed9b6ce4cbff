"""Where authorities agree and differ: comparisons over a selection of single-list entities.

Pure functions over :class:`singlelist.single.Entity` objects (no store, no CLI):

- the source x source matrix of shared listings (entity counts and Jaccard index),
- each source's listings that no other source in the selection has,
- the consensus view (entities listed by at least / exactly ``k`` sources),
- a timeline of listing dates per source (designations per year of ``listed_on``).

A source "lists" an entity when it has a current designation of it matching the topic
(so with ``topic="terrorism"`` an OFAC non-terrorism designation of the same subject does
not count as OFAC calling it terrorist). Sources are catalog ids; their authority names
are the labels. :func:`plot` draws the matrix and the timeline in one figure.
"""

from __future__ import annotations

import textwrap
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from singlelist.single import Designation, Entity

UNDATED = "undated"


def listings(entity: Entity, topic: str | None = None) -> list[Designation]:
    """The entity's current designations that count for the comparison."""
    return [d for d in entity.active if topic is None or topic in d.topics]


@dataclass
class Comparison:
    """The result of :func:`compare`; ``to_dict`` gives the JSON of ``singlelist compare``."""

    topic: str | None
    kind: str | None
    sources: list[str]  # ordered by number of entities listed, largest first
    labels: dict[str, str]  # source id -> authority name
    counts: dict[str, int]  # source -> entities listed
    shared: list[list[int]]  # shared[i][j]: entities listed by sources[i] and sources[j]
    jaccard: list[list[float]]  # |A & B| / |A | B|
    unique: dict[str, list[str]]  # source -> entity ids listed by that source only
    consensus: list[dict[str, Any]]  # per k = 1..n: at_least, exactly, entities (exactly k)
    timeline: dict[str, dict[str, int]]  # source -> year -> designations listed that year
    undated: dict[str, int]  # source -> designations without a listing date
    names: dict[str, str] = field(default_factory=dict)  # entity id -> name
    members: dict[str, list[str]] = field(default_factory=dict)  # entity id -> its sources

    @property
    def total(self) -> int:
        return len(self.members)

    def at_least(self, k: int) -> set[str]:
        """Ids of the entities listed by at least ``k`` sources of the selection."""
        return {eid for eid, sources in self.members.items() if len(sources) >= k}

    def listed_by_all(self, sources: Iterable[str]) -> set[str]:
        """Ids of the entities listed by every one of ``sources``."""
        wanted = set(sources)
        return {eid for eid, have in self.members.items() if wanted <= set(have)}

    def years(self) -> list[str]:
        return sorted({y for per_year in self.timeline.values() for y in per_year})

    def to_dict(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "kind": self.kind,
            "entities": self.total,
            "sources": [
                {"source": s, "authority": self.labels[s], "entities": self.counts[s]} for s in self.sources
            ],
            "matrix": {
                "sources": self.sources,
                "shared": self.shared,
                "jaccard": self.jaccard,
            },
            "unique": {
                s: {"count": len(ids), "entities": [{"id": i, "name": self.names[i]} for i in ids]}
                for s, ids in self.unique.items()
            },
            "consensus": self.consensus,
            "timeline": {
                s: {"by_year": dict(sorted(self.timeline[s].items())), "undated": self.undated[s]}
                for s in self.sources
            },
        }


def compare(entities: Sequence[Entity], topic: str | None = None, kind: str | None = None) -> Comparison:
    """Compare the sources listing ``entities`` (already selected, e.g. by ``select``).

    ``topic`` restricts which designations count (see the module docstring); ``kind`` is
    only recorded in the result (select entities by kind beforehand).
    """
    members: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    names: dict[str, str] = {}
    timeline: dict[str, Counter[str]] = defaultdict(Counter)
    undated: Counter[str] = Counter()
    for entity in entities:
        found = listings(entity, topic)
        if not found:
            continue
        members[entity.id] = {d.source for d in found}
        names[entity.id] = entity.name
        for d in found:
            labels.setdefault(d.source, d.authority)
            if d.listed_on and d.listed_on[:4].isdigit():
                timeline[d.source][d.listed_on[:4]] += 1
            else:
                undated[d.source] += 1

    by_source: dict[str, set[str]] = defaultdict(set)
    for eid, sources in members.items():
        for source in sources:
            by_source[source].add(eid)
    order = sorted(by_source, key=lambda s: (-len(by_source[s]), s))
    shared = [[len(by_source[a] & by_source[b]) for b in order] for a in order]
    jaccard = [
        [round(len(by_source[a] & by_source[b]) / len(by_source[a] | by_source[b]), 4) for b in order]
        for a in order
    ]
    unique = {
        s: sorted((eid for eid in by_source[s] if len(members[eid]) == 1), key=lambda i: (names[i], i))
        for s in order
    }
    sizes = Counter(len(sources) for sources in members.values())
    consensus = []
    for k in range(1, len(order) + 1):
        exactly = sorted((eid for eid, s in members.items() if len(s) == k), key=lambda i: (names[i], i))
        consensus.append({
            "k": k,
            "at_least": sum(n for size, n in sizes.items() if size >= k),
            "exactly": sizes.get(k, 0),
            "entities": exactly,
        })
    return Comparison(
        topic=topic, kind=kind, sources=order, labels=labels,
        counts={s: len(by_source[s]) for s in order},
        shared=shared, jaccard=jaccard, unique=unique, consensus=consensus,
        timeline={s: dict(timeline[s]) for s in order},
        undated={s: undated[s] for s in order},
        names=names,
        members={eid: sorted(s) for eid, s in members.items()},
    )


def _label(comparison: Comparison, source: str, width: int = 24) -> str:
    """Authority name (on two lines at most) over the source id, for the axes."""
    lines = textwrap.wrap(comparison.labels.get(source) or source, width=width)
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), width=width, placeholder="...")]
    return "\n".join([*lines, f"({source})"])


def plot(comparison: Comparison, path: str | Path) -> Path:
    """Draw the shared-listings heatmap and the listing timeline into one .png or .svg."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ValueError(f"{path}: the plot is written as .png or .svg")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n = len(comparison.sources)
    fig, (ax_matrix, ax_time) = plt.subplots(
        1, 2, figsize=(max(13.0, 6 + 1.6 * n), max(6.0, 1.0 * n + 3)),
        gridspec_kw={"width_ratios": [1, 1.25]},
    )
    title = f"{comparison.total} entities"
    if comparison.topic:
        title += f", topic {comparison.topic}"
    if comparison.kind:
        title += f", kind {comparison.kind}"
    fig.suptitle(f"Who lists whom: {title}", fontsize=14, fontweight="bold")

    if n:
        labels = [_label(comparison, s) for s in comparison.sources]
        image = ax_matrix.imshow(comparison.jaccard, cmap="Blues", vmin=0, vmax=1)
        ax_matrix.set_xticks(range(n), labels, rotation=40, ha="right", fontsize=8)
        ax_matrix.set_yticks(range(n), labels, fontsize=8)
        for i in range(n):
            for j in range(n):
                value = comparison.jaccard[i][j]
                text = f"{comparison.shared[i][j]}" if i == j else f"{comparison.shared[i][j]}\n{value:.2f}"
                ax_matrix.text(j, i, text, ha="center", va="center", fontsize=8,
                               color="white" if value > 0.55 else "black")
        fig.colorbar(image, ax=ax_matrix, fraction=0.046, pad=0.04, label="Jaccard index")
    else:
        ax_matrix.text(0.5, 0.5, "no entities", ha="center", va="center")
        ax_matrix.set_axis_off()
    ax_matrix.set_title("Shared listings (count; Jaccard)\ndiagonal: entities listed", fontsize=10)

    years = comparison.years()
    if years:
        xs = list(range(int(years[0]), int(years[-1]) + 1))  # years without listings count 0
        for source in comparison.sources:
            per_year = comparison.timeline[source]
            ax_time.plot(xs, [per_year.get(str(y), 0) for y in xs], marker="o", markersize=3,
                         linewidth=1.5, label=f"{source} ({comparison.counts[source]})")
        ax_time.set_xlabel("year of listing")
        ax_time.set_ylabel("designations listed that year")
        ax_time.grid(True, alpha=0.3)
        ax_time.legend(fontsize=8, title="source (entities)", title_fontsize=8)
    else:
        ax_time.text(0.5, 0.5, "no listing dates", ha="center", va="center")
        ax_time.set_axis_off()
    ax_time.set_title("Listings per year, by source", fontsize=10)

    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format=suffix[1:], dpi=120 if suffix == ".png" else None)
    plt.close(fig)
    return path
