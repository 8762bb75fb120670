"""The region tree: regions in their hierarchy, each region's sections under it, figure counts beside.

Children are added when a node is first expanded, and a region's sections a page at a time (a
"… more" line opens the next page), so the tree never holds the 24,000 sections of a catch-all
region of a real corpus as lines: Textual's Tree measures every line it holds on each layout.
"""
from __future__ import annotations

from rich.text import Text
from textual.events import Resize
from textual.widgets import Tree
from textual.widgets.tree import TreeNode, UnknownNodeID

from ..store import Store

from ..bindings import bindings
from ..messages import OpenNode

# ("region", name), ("section", id), ("more", (region, start, stop)) or ("loading", region): the
# line a region opened before the store's sections are read shows until they are
NodeRef = tuple[str, object]
SECTION_PAGE = 100             # sections shown per page under a region
OPEN_AT_START = 1000           # roots are shown expanded when their lines together stay under this


def _label(name: str, count: int, dim_count: bool = True) -> Text:
    label = Text(name)  # Text, not markup: a "[b]" in a title must show as written
    label.append(f"  {count}", style="dim" if dim_count else "")
    return label


class RegionTree(Tree[NodeRef]):
    BINDINGS = bindings("tree")
    ICON_NODE = "▸ "
    ICON_NODE_EXPANDED = "▾ "

    def __init__(self, **kwargs) -> None:
        super().__init__("regions", **kwargs)
        self.show_root = False
        self.guide_depth = 2
        self.store: Store | None = None
        self._populated: set[int] = set()

    def load_store(self, store: Store) -> None:
        self.store = store
        self.clear()
        self._populated.clear()
        roots = store.roots()
        lines = sum(len(store.children.get(n, ())) + min(store.region_section_count(n), SECTION_PAGE + 1)
                    for n in roots)
        for name in roots:
            node = self._add_region(self.root, name)
            if lines <= OPEN_AT_START:
                self._populate(node)
                node.expand()
        self.root.expand()
        if self.root.children:
            self.move_cursor(self.root.children[0])

    def _add_region(self, parent: TreeNode, name: str) -> TreeNode:
        assert self.store is not None
        has_children = bool(self.store.children.get(name) or self.store.region_section_count(name))
        return parent.add(_label(name, self.store.figure_count(name)), data=("region", name),
                          allow_expand=has_children)

    def _populate(self, node: TreeNode) -> None:
        if node.id in self._populated or self.store is None or not node.data or node.data[0] != "region":
            return
        self._populated.add(node.id)
        name = node.data[1]
        for child in self.store.children.get(name, []):
            self._add_region(node, child)
        if self.store.outline_loaded:
            self._add_sections(node, name, 0)
        elif self.store.region_section_count(name):
            node.add_leaf(Text("loading sections…", style="italic dim"), data=("loading", name))

    def outline_ready(self, store: Store) -> None:
        """The store's sections are in: the regions opened meanwhile get theirs in place of the
        "loading" line (the cursor and what is expanded stay as the user left them)."""
        if store is not self.store:
            return
        for node_id in sorted(self._populated):
            try:
                node = self.get_node_by_id(node_id)
            except UnknownNodeID:
                continue
            waiting = [c for c in node.children if c.data and c.data[0] == "loading"]
            for leaf in waiting:
                leaf.remove()
            if waiting:
                self._add_sections(node, node.data[1], 0)

    def _add_sections(self, node: TreeNode, region: str, start: int, stop: int | None = None,
                      before: TreeNode | None = None) -> None:
        """A page of a region's sections from index `start`, and a "… more" line for the rest up
        to `stop` (placed before `before`, or last)."""
        assert self.store is not None
        sids = self.store.region_sections.get(region, [])
        stop = len(sids) if stop is None else stop
        for sid in sids[start:min(stop, start + SECTION_PAGE)]:
            sec = self.store.section_info(sid)
            node.add_leaf(_label(sec["title"], self.store.section_figure_count(sid)), data=("section", sid),
                          before=before)
        self._add_more(node, region, start + SECTION_PAGE, stop, before)

    def _add_more(self, node: TreeNode, region: str, start: int, stop: int, before: TreeNode | None) -> None:
        if stop > start:
            label = Text(f"… {stop - start:,} more sections (enter)", style="italic dim")
            node.add_leaf(label, data=("more", (region, start, stop)), before=before)

    def _show_more(self, more: TreeNode, at: int | None = None) -> TreeNode | None:
        """Open the page of a "… more" line that holds section index `at` (its first page if None),
        keeping lines for what stays hidden before and after it; the page's first section."""
        region, start, stop = more.data[1]
        parent = more.parent
        if parent is None or self.store is None:
            return None
        page = start if at is None else max(start, at - (at - start) % SECTION_PAGE)
        following = next((c for c in parent.children[parent.children.index(more) + 1:]), None)
        more.remove()
        self._add_more(parent, region, start, page, following)
        self._add_sections(parent, region, page, stop, following)
        first = self.store.region_sections[region][page]
        return next((c for c in parent.children if c.data == ("section", first)), None)

    def on_resize(self, event: Resize) -> None:
        """Nothing to do: skip Tree's own resize handling, which rebuilds every line and asks the
        screen for a second layout and full repaint. The screen has just drawn the tree at its new
        size (a resize lays out and repaints every widget), nothing in a line depends on the size
        but its padding, and the line cache is keyed by the width."""
        event.prevent_default()

    def on_tree_node_expanded(self, event: Tree.NodeExpanded) -> None:
        self._populate(event.node)

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        event.stop()
        if not event.node.data:
            return
        kind, key = event.node.data
        if kind == "loading":
            return
        if kind == "more":
            first = self._show_more(event.node)
            if first is not None:
                self.call_after_refresh(self._put_cursor, first)
            return
        self.post_message(OpenNode(kind, key))

    def action_collapse(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.is_expanded:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self.move_cursor(node.parent)

    def action_expand(self) -> None:
        node = self.cursor_node
        if node is not None and node.allow_expand:
            self._populate(node)
            node.expand()

    def reveal(self, kind: str, key: object) -> TreeNode | None:
        """Expand the path to a region or section and put the cursor on it."""
        if self.store is None:
            return None
        region = key if kind == "region" else self.store.section_region(key)
        node = self.root
        for name in self.store.region_path(region):
            self._populate(node) if node is not self.root else None
            found = next((c for c in node.children if c.data == ("region", name)), None)
            if found is None:
                return None
            node = found
        if kind == "section":
            self._populate(node)
            node.expand()
            found = next((c for c in node.children if c.data == ("section", key)), None)
            if found is None:      # a section on a page not shown yet: open that page alone
                sids = self.store.region_sections.get(region, [])
                at = sids.index(key) if key in sids else -1
                more = next((c for c in node.children if c.data[0] == "more" and c.data[1][1] <= at < c.data[1][2]), None)
                if more is not None:
                    self._show_more(more, at)
                    found = next((c for c in node.children if c.data == ("section", key)), None)
            if found is None:
                return None
            node = found
        parent = node.parent
        while parent is not None and parent is not self.root:
            parent.expand()
            parent = parent.parent
        # the tree lays out new lines on its next refresh; put the cursor there once it has
        self.call_after_refresh(self._put_cursor, node)
        return node

    def _put_cursor(self, node: TreeNode) -> None:
        self.move_cursor(node)
        self.scroll_to_node(node, animate=False)
