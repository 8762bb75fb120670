"""The region tree: regions in their hierarchy, each region's sections under it, figure counts beside.

Children are added when a node is first expanded, so a store of thousands of sections opens at once.
"""
from __future__ import annotations

from rich.text import Text
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from ..store import Store

from ..bindings import bindings
from ..messages import OpenNode

NodeRef = tuple[str, object]   # ("region", name) or ("section", section id)


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
        for name in store.roots():
            node = self._add_region(self.root, name)
            self._populate(node)
            node.expand()
        self.root.expand()
        if self.root.children:
            self.move_cursor(self.root.children[0])

    def _add_region(self, parent: TreeNode, name: str) -> TreeNode:
        assert self.store is not None
        has_children = bool(self.store.children.get(name) or self.store.region_sections.get(name))
        return parent.add(_label(name, self.store.figure_count(name)), data=("region", name),
                          allow_expand=has_children)

    def _populate(self, node: TreeNode) -> None:
        if node.id in self._populated or self.store is None or not node.data or node.data[0] != "region":
            return
        self._populated.add(node.id)
        name = node.data[1]
        for child in self.store.children.get(name, []):
            self._add_region(node, child)
        for sid in self.store.region_sections.get(name, []):
            sec = self.store.section_info(sid)
            node.add_leaf(_label(sec["title"], self.store.section_figure_count(sid)), data=("section", sid))

    def on_tree_node_expanded(self, event: Tree.NodeExpanded) -> None:
        self._populate(event.node)

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        event.stop()
        if event.node.data:
            kind, key = event.node.data
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
