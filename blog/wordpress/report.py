"""What an import did, kind by kind, and the progress bar a long import shows meanwhile."""

import sys
from collections import defaultdict

OUTCOMES = ("created", "updated", "unchanged", "skipped", "failed")


class Report:
    def __init__(self):
        self.counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(OUTCOMES, 0))
        self.warnings: list[str] = []

    def count(self, kind: str, outcome: str) -> None:
        self.counts[kind][outcome] += 1

    def warn(self, message: str, line: int | None = None) -> None:
        self.warnings.append(f"line {line}: {message}" if line else message)

    def total(self, outcome: str) -> int:
        return sum(counts[outcome] for counts in self.counts.values())

    def lines(self) -> list[str]:
        width = max([len(kind) for kind in self.counts] + [10])
        out = [f"{'':{width}}  " + "  ".join(f"{outcome:>9}" for outcome in OUTCOMES)]
        for kind, counts in self.counts.items():
            cells = "  ".join(f"{counts[outcome]:>9}" for outcome in OUTCOMES)
            out.append(f"{kind:{width}}  {cells}")
        out.append(f"{len(self.warnings)} warning(s)")
        return out


class ProgressBar:
    """A one-line bar on stderr, redrawn only when the shown percentage changes."""

    def __init__(self, label: str, stream=None, enabled: bool | None = None, width: int = 30):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.label, self.width, self.shown = label, width, -1

    def __call__(self, fraction: float) -> None:
        percent = int(min(max(fraction, 0), 1) * 100)
        if not self.enabled or percent == self.shown:
            return
        self.shown = percent
        filled = self.width * percent // 100
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r{self.label:<12} [{bar}] {percent:3d}%")
        if percent == 100:
            self.stream.write("\n")
        self.stream.flush()
