-- The identifier key leads with the value, so it also serves the bulk lookups (value IN (...) of
-- one type), and the separate value index goes. One index fewer per identifier row: values are
-- spread over the whole key range, so every commit that adds identifiers rewrites pages of each
-- index that holds them, and the embedded database spent a fifth of a write's time writing pages.
-- (V2 is vendor-specific: db/vendor/*/V2__search_outbox.sql.)
ALTER TABLE resource_identifier DROP CONSTRAINT pk_resource_identifier;
ALTER TABLE resource_identifier
  ADD CONSTRAINT pk_resource_identifier PRIMARY KEY (id_value, res_type, id_system, uniq_scope);
DROP INDEX ix_identifier_value;
