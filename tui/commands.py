"""Command palette entries: go to a region or section, export figures (the theme command is Textual's)."""
from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


class BrowserCommands(Provider):
    def _entries(self):
        app = self.app
        store = getattr(app, "store", None)
        yield "Export figures of the selected node to CSV", app.action_export, "Write a CSV file (UTF-8 with BOM)"
        yield "Show help", app.action_help, "Every key binding"
        yield "Compare regions", app.action_compare, "One metric across regions, with bars; or a cross-table (m)"
        if store is None:
            return
        for name in sorted(store.regions):
            yield (f"Go to region: {name}", partial(app.open_node, "region", name, True),
                   " › ".join(store.region_path(name)))
        for sid, sec in store.sections.items():
            yield (f"Go to section: {sec['title']}", partial(app.open_node, "section", sid, True),
                   f"{sec['region']} · {store.articles[sec['article_id']]['source']}")

    async def discover(self) -> Hits:
        for n, (text, callback, help_text) in enumerate(self._entries()):
            if n >= 3 and text.startswith("Go to section"):
                break
            yield DiscoveryHit(text, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, callback, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), callback, help=help_text)
