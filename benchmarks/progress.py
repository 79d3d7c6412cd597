"""A one-line progress bar on stderr, so a 100k-article build shows it is alive."""

import sys
import time


class Progress:
    def __init__(self, label: str, total: int, *, enabled: bool = True, width: int = 30):
        self.label, self.total, self.width = label, max(total, 1), width
        self.done = 0
        self.started = time.monotonic()
        self.enabled = enabled and total > 0
        self._draw()

    def advance(self, count: int) -> None:
        self.done = min(self.total, self.done + count)
        self._draw()
        if self.done >= self.total and self.enabled:
            sys.stderr.write("\n")

    def _draw(self) -> None:
        if not self.enabled:
            return
        filled = int(self.width * self.done / self.total)
        elapsed = time.monotonic() - self.started
        bar = "#" * filled + "-" * (self.width - filled)
        sys.stderr.write(
            f"\r  {self.label:<18} [{bar}] {self.done:>7}/{self.total} {elapsed:6.1f}s"
        )
        sys.stderr.flush()
