"""Training the learned components from the annotated corpus (corpus/ at the repository root).

Nothing here runs at extraction time: the extractor loads the model files these functions write
into ``reportgraph/data/models``."""
