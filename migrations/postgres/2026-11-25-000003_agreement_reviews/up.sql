-- Reviews of working agreements: on which day someone looked at an agreement, and whether
-- they changed it ('edited', with the version it made) or kept it ('unchanged'). One per day.
CREATE TABLE agreement_reviews (
    id BIGSERIAL PRIMARY KEY,
    agreement_id BIGINT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    reviewed_on DATE NOT NULL,
    author TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('unchanged', 'edited')),
    version_number INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (agreement_id, reviewed_on)
);
