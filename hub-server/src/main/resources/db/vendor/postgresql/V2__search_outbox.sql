-- Hibernate Search outbox-polling coordination (polku.search.coordination=outbox-polling): index
-- events queued in the write transaction, and the agents of the hub nodes processing them. As
-- Hibernate Search 7.2 maps them (generated with its schema export for PostgreSQL); regenerate
-- when upgrading Hibernate Search. The H2 twin is in db/vendor/h2.
CREATE TABLE hsearch_agent (
  assigned_shard_index INTEGER,
  total_shard_count    INTEGER,
  expiration           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  id                   UUID NOT NULL,
  name                 VARCHAR(255) NOT NULL,
  state                VARCHAR(255) NOT NULL CHECK (state IN ('RUNNING','WAITING','SUSPENDED')),
  tenant_id            VARCHAR(255),
  type                 VARCHAR(255) NOT NULL CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING')),
  payload              BYTEA,
  PRIMARY KEY (id)
);
CREATE TABLE hsearch_outbox_event (
  entity_id_hash INTEGER NOT NULL,
  retries        INTEGER NOT NULL,
  process_after  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  id             UUID NOT NULL,
  entity_id      VARCHAR(256) NOT NULL,
  entity_name    VARCHAR(256) NOT NULL,
  status         VARCHAR(255) NOT NULL CHECK (status IN ('PENDING','ABORTED')),
  tenant_id      VARCHAR(255),
  payload        BYTEA NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ix_hsearch_outbox_hash ON hsearch_outbox_event (entity_id_hash);
CREATE INDEX ix_hsearch_outbox_status ON hsearch_outbox_event (status);
CREATE INDEX ix_hsearch_outbox_after ON hsearch_outbox_event (process_after);
