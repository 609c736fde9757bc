-- Identifier lookups always name the value (value IN (...) of one type), so the primary key leads
-- with the value and serves them itself; the separate value index goes. Each identifier row then
-- costs one index entry less to write and to commit (H2 keeps a composite primary key as an index
-- of its own beside the rows). Uniqueness is unchanged: the same four columns.
ALTER TABLE resource_identifier DROP CONSTRAINT pk_resource_identifier;
ALTER TABLE resource_identifier
  ADD CONSTRAINT pk_resource_identifier PRIMARY KEY (id_value, res_type, id_system, uniq_scope);
DROP INDEX ix_identifier_value;
