-- Hibernate Search outbox-polling coordination (polku.search.coordination=outbox-polling): index
-- events queued in the write transaction, and the agents of the hub nodes processing them. As
-- Hibernate Search 7.2 maps them (generated with its schema export for H2); regenerate when
-- upgrading Hibernate Search. The PostgreSQL twin is in db/vendor/postgresql.
CREATE TABLE hsearch_agent (
  assigned_shard_index INTEGER,
  total_shard_count    INTEGER,
  expiration           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  id                   UUID NOT NULL,
  name                 VARCHAR(255) NOT NULL,
  tenant_id            VARCHAR(255),
  payload              BLOB,
  state                ENUM ('RUNNING','SUSPENDED','WAITING') NOT NULL,
  type                 ENUM ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE hsearch_outbox_event (
  entity_id_hash INTEGER NOT NULL,
  retries        INTEGER NOT NULL,
  process_after  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  id             UUID NOT NULL,
  entity_id      VARCHAR(256) NOT NULL,
  entity_name    VARCHAR(256) NOT NULL,
  tenant_id      VARCHAR(255),
  payload        BLOB NOT NULL,
  status         ENUM ('ABORTED','PENDING') NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ix_hsearch_outbox_hash ON hsearch_outbox_event (entity_id_hash);
CREATE INDEX ix_hsearch_outbox_status ON hsearch_outbox_event (status);
CREATE INDEX ix_hsearch_outbox_after ON hsearch_outbox_event (process_after);
