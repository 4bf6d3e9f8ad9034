-- The language a person's emails and survey speak (src/i18n): one of the five Candor speaks.
ALTER TABLE people ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CONSTRAINT people_language_known CHECK (language IN ('en', 'de', 'fr', 'es', 'ar'));
