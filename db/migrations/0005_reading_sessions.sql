-- Schema v5: reading sessions carry their kind and blinding, and the seed of the reader's
-- worklist order.
-- kind: 'blind', 'open', 'verify' or 'adjudication' ('' in older rows: from blind).
-- documents: what a blind reader sees of the case documents: 'full', 'indication'
-- (findings and impression withheld) or 'none'.
-- order_seed: the seed the worklist was shuffled with (NULL: the order given).
ALTER TABLE sessions ADD COLUMN kind TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN documents TEXT NOT NULL DEFAULT 'indication';
ALTER TABLE sessions ADD COLUMN order_seed INTEGER;
