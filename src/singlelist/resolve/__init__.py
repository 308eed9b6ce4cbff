"""Resolution of records across lists into single-list entities (evidence, clusters, ids)."""
