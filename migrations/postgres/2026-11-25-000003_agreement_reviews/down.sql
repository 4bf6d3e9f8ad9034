DROP TABLE agreement_reviews;
