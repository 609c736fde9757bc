-- Polku hub resource store. One schema for H2 (2.x) and PostgreSQL: only types and statements both
-- accept. See docs/architecture.md, "Hub: storage".

-- Server-assigned ids. Pooled: each nextval reserves a block of 50 ids (IdAllocator).
CREATE SEQUENCE resource_pid_seq START WITH 1 INCREMENT BY 50;

-- The current version of every resource, including tombstones of deleted ones.
CREATE TABLE resource (
  pid           BIGINT        NOT NULL,
  res_type      VARCHAR(64)   NOT NULL,
  res_id        VARCHAR(64)   NOT NULL,
  res_version   INTEGER       NOT NULL,
  deleted       BOOLEAN       NOT NULL,
  last_updated  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  content_hash  VARCHAR(64),
  res_json      VARCHAR(1000000),
  CONSTRAINT pk_resource PRIMARY KEY (pid),
  -- id first: bulk lookups say res_id IN (...) AND res_type = ?, and H2 uses an IN list only on
  -- the leading column of an index.
  CONSTRAINT uq_resource_id_type UNIQUE (res_id, res_type)
);
CREATE INDEX ix_resource_type_updated ON resource (res_type, last_updated);
CREATE INDEX ix_resource_updated ON resource (last_updated);

-- Superseded versions (the current one lives in resource only, so a create is one row).
CREATE TABLE resource_history (
  pid           BIGINT        NOT NULL,
  res_version   INTEGER       NOT NULL,
  res_type      VARCHAR(64)   NOT NULL,
  res_id        VARCHAR(64)   NOT NULL,
  deleted       BOOLEAN       NOT NULL,
  last_updated  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  content_hash  VARCHAR(64),
  res_json      VARCHAR(1000000),
  CONSTRAINT pk_resource_history PRIMARY KEY (pid, res_version)
);
CREATE INDEX ix_history_type_updated ON resource_history (res_type, last_updated);
CREATE INDEX ix_history_updated ON resource_history (last_updated);

-- Identifiers of current, not deleted resources. uniq_scope is 0 for systems whose values must be
-- unique per type (source keys, identity codes, OIDs) and the resource's pid otherwise, so the one
-- primary key both indexes lookups and refuses a second resource with a unique identifier.
CREATE TABLE resource_identifier (
  res_type      VARCHAR(64)   NOT NULL,
  id_system     VARCHAR(255)  NOT NULL,
  id_value      VARCHAR(255)  NOT NULL,
  uniq_scope    BIGINT        NOT NULL,
  pid           BIGINT        NOT NULL,
  CONSTRAINT pk_resource_identifier PRIMARY KEY (res_type, id_system, id_value, uniq_scope)
);
CREATE INDEX ix_identifier_pid ON resource_identifier (pid);
-- Bulk lookups ask for many values of one type at once (value IN (...)); values are selective.
CREATE INDEX ix_identifier_value ON resource_identifier (id_value, res_type);

-- One row per resource created by a conditional create: (type, hash of the normalised condition).
-- The primary key makes parallel conditional creates of the same condition race-free.
CREATE TABLE conditional_create (
  res_type      VARCHAR(64)   NOT NULL,
  condition_hash VARCHAR(64)  NOT NULL,
  pid           BIGINT        NOT NULL,
  CONSTRAINT pk_conditional_create PRIMARY KEY (condition_hash, res_type)
);
CREATE INDEX ix_conditional_pid ON conditional_create (pid);

-- References of current resources to other resources (relative, Type/id), for business rules
-- that look at the records referring to a record.
CREATE TABLE resource_link (
  src_pid       BIGINT        NOT NULL,
  src_path      VARCHAR(255)  NOT NULL,
  target        VARCHAR(200)  NOT NULL,
  src_type      VARCHAR(64)   NOT NULL,
  CONSTRAINT pk_resource_link PRIMARY KEY (src_pid, src_path, target)
);
CREATE INDEX ix_link_target ON resource_link (target, src_type);
