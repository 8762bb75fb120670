"""tui-browse: the command line and the Textual browser over a store."""
