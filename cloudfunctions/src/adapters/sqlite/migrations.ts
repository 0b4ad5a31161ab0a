/**
 * Versioned schema: migration n brings the database from user_version n-1 to n.
 * Add a new entry to change the schema; never edit one that has shipped.
 */
export const MIGRATIONS: string[] = [
  // 1: the first schema
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE staff (org_id TEXT NOT NULL, identity TEXT NOT NULL, added_at TEXT NOT NULL, PRIMARY KEY (org_id, identity));
  CREATE INDEX staff_identity ON staff (identity);
  CREATE TABLE profiles (identity TEXT PRIMARY KEY, json TEXT NOT NULL);
  CREATE TABLE persons (id_hash TEXT PRIMARY KEY, name TEXT NOT NULL, masked_id TEXT NOT NULL);
  CREATE TABLE bindings (identity TEXT PRIMARY KEY, id_hash TEXT NOT NULL, bound_at TEXT NOT NULL);
  CREATE INDEX bindings_hash ON bindings (id_hash);
  CREATE TABLE failures (key TEXT NOT NULL, at INTEGER NOT NULL);
  CREATE INDEX failures_key ON failures (key, at);
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY, org_id TEXT NOT NULL, occupation_id TEXT NOT NULL, track TEXT NOT NULL,
    month TEXT NOT NULL, date TEXT, start_time TEXT NOT NULL, end_time TEXT NOT NULL,
    venue TEXT NOT NULL, capacity INTEGER NOT NULL, status TEXT NOT NULL, rollovers TEXT NOT NULL, demo INTEGER NOT NULL
  );
  CREATE INDEX sessions_org ON sessions (org_id, month);
  CREATE TABLE candidates (
    org_id TEXT NOT NULL, id_hash TEXT NOT NULL, occupation_id TEXT NOT NULL, track TEXT NOT NULL,
    channel TEXT NOT NULL, via TEXT NOT NULL, PRIMARY KEY (org_id, id_hash, occupation_id, track)
  );
  CREATE TABLE tickets (
    id TEXT PRIMARY KEY, org_id TEXT NOT NULL, ticket_number TEXT NOT NULL, id_hash TEXT NOT NULL,
    occupation_id TEXT NOT NULL, track TEXT NOT NULL, channel TEXT NOT NULL, session_id TEXT NOT NULL,
    exam_date TEXT NOT NULL, exam_time TEXT NOT NULL, venue TEXT NOT NULL, room TEXT NOT NULL, seat TEXT NOT NULL,
    demo INTEGER NOT NULL, UNIQUE (org_id, ticket_number)
  );
  CREATE INDEX tickets_person ON tickets (id_hash);
  CREATE INDEX tickets_session ON tickets (session_id);
  CREATE INDEX tickets_org_date ON tickets (org_id, exam_date);
  CREATE TABLE results (
    ticket_id TEXT PRIMARY KEY, org_id TEXT NOT NULL, theory TEXT NOT NULL, practical TEXT NOT NULL,
    review TEXT, marking INTEGER NOT NULL, published_on TEXT NOT NULL
  );
  CREATE TABLE previews (
    id TEXT PRIMARY KEY, org_id TEXT NOT NULL, actor TEXT NOT NULL, kind TEXT NOT NULL, file_name TEXT NOT NULL,
    rows_json TEXT NOT NULL, expires_at INTEGER NOT NULL
  );
  CREATE TABLE blobs (key TEXT PRIMARY KEY, bytes BLOB NOT NULL);
  CREATE TABLE document_versions (
    document_id TEXT NOT NULL, version INTEGER NOT NULL, org_id TEXT NOT NULL, occupation_id TEXT,
    kind TEXT NOT NULL, title TEXT NOT NULL, file_name TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,
    blob_key TEXT NOT NULL, published_on TEXT NOT NULL, demo INTEGER NOT NULL, PRIMARY KEY (document_id, version)
  );
  CREATE INDEX documents_org ON document_versions (org_id);
  CREATE TABLE announcements (
    id TEXT PRIMARY KEY, org_id TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL, published_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, withdrawn INTEGER NOT NULL, demo INTEGER NOT NULL
  );
  CREATE TABLE subscriptions (
    id TEXT PRIMARY KEY, identity TEXT NOT NULL, org_id TEXT NOT NULL, kind TEXT NOT NULL, created_at TEXT NOT NULL,
    UNIQUE (identity, org_id, kind)
  );
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, dedupe_key TEXT NOT NULL UNIQUE, org_id TEXT NOT NULL, kind TEXT NOT NULL,
    recipient TEXT NOT NULL, fields TEXT NOT NULL, created_at TEXT NOT NULL, sent_at TEXT
  );
  CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, org_id TEXT NOT NULL,
    action TEXT NOT NULL, rows INTEGER NOT NULL, detail TEXT NOT NULL
  );
  CREATE INDEX audit_org ON audit (org_id, id);
  `,
  // 2: people per organisation. One organisation's import must neither read nor rename another's
  // candidates, so a person is (org_id, id_hash). Each stored person becomes one record per
  // organisation that has an application or a ticket for them; a person no organisation
  // refers to has no owner and is dropped. Binding attempts get a table whose rows have ids, so one attempt can be forgotten.
  `
  CREATE TABLE persons_by_org (
    org_id TEXT NOT NULL, id_hash TEXT NOT NULL, name TEXT NOT NULL, masked_id TEXT NOT NULL,
    PRIMARY KEY (org_id, id_hash)
  );
  INSERT INTO persons_by_org (org_id, id_hash, name, masked_id)
    SELECT owners.org_id, p.id_hash, p.name, p.masked_id FROM persons p
    JOIN (SELECT org_id, id_hash FROM candidates UNION SELECT org_id, id_hash FROM tickets) owners ON owners.id_hash = p.id_hash;
  DROP TABLE persons;
  ALTER TABLE persons_by_org RENAME TO persons;
  CREATE INDEX persons_hash ON persons (id_hash);
  CREATE TABLE attempts (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL, at INTEGER NOT NULL);
  CREATE INDEX attempts_key ON attempts (key, at);
  `,
  // 3: ticket-signing keys (one active per organisation) and venue check-ins (one per ticket)
  `
  CREATE TABLE signing_keys (
    key_id TEXT PRIMARY KEY, org_id TEXT NOT NULL, public_key TEXT NOT NULL, private_key TEXT NOT NULL,
    status TEXT NOT NULL, created_at TEXT NOT NULL, retired_at TEXT
  );
  CREATE UNIQUE INDEX signing_keys_active ON signing_keys (org_id) WHERE status = 'active';
  CREATE TABLE checkins (
    ticket_id TEXT PRIMARY KEY, org_id TEXT NOT NULL, session_id TEXT NOT NULL, at TEXT NOT NULL,
    method TEXT NOT NULL, device_id TEXT NOT NULL
  );
  CREATE INDEX checkins_session ON checkins (session_id);
  `,
  // 4: notices organisations publish (one row per version, never overwritten) and organisations the operator registers
  `
  CREATE TABLE notices (
    org_id TEXT NOT NULL, version INTEGER NOT NULL, status TEXT NOT NULL, document TEXT NOT NULL,
    published_at TEXT NOT NULL, published_by TEXT NOT NULL, pdf_document_id TEXT, withdrawn_at TEXT,
    PRIMARY KEY (org_id, version)
  );
  CREATE INDEX notices_status ON notices (status, org_id, version);
  CREATE TABLE organisations (id TEXT PRIMARY KEY, name TEXT NOT NULL, added_at TEXT NOT NULL);
  `,
  // 5: holiday arrangements the operator loads, one per year (a later load of the year replaces it)
  `
  CREATE TABLE holidays (year INTEGER PRIMARY KEY, arrangement TEXT NOT NULL, loaded_at TEXT NOT NULL);
  `,
];
