DROP TABLE agreement_links;
