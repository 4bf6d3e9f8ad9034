-- Links from an agreement to its work: tickets, specs, docs (an address and a title each), in
-- the order the lead wrote them. Shown beside its versions and in the review reminder.
CREATE TABLE agreement_links (
    id BIGSERIAL PRIMARY KEY,
    agreement_id BIGINT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    UNIQUE (agreement_id, position)
);
