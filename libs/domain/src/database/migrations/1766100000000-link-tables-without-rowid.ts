import type { MigrationInterface, QueryRunner } from 'typeorm';

// SQLite only. Each of these tables is keyed by its question set and one more column, and SQLite kept each twice: the
// rows in a rowid B-tree and the primary key in an index of its own. An import writes rows to all eight for every
// set, so each cost its transaction two pages instead of one (with the secondary indexes, ~70 pages a set in all,
// each written to the WAL at COMMIT and copied at the checkpoint). As WITHOUT ROWID tables the rows live in the
// primary key's B-tree: the same rows wrote 64.7 instead of 71.2 WAL frames a set (issue 16, docs/BENCHMARKS.md), and
// a set's rows are read from one place. Nothing refers to these tables or to their rowids.
// PostgreSQL keeps rows in a heap and the key in an index whatever the table is declared as: nothing to do there.
// Frozen: the definitions are written out as the earlier migrations left them, not read from the entities.
const TABLES: readonly { name: string; definition: string; indexes: readonly string[] }[] = [
  {
    name: 'question_set_submitter',
    definition: `("questionSetId" integer NOT NULL, "personId" integer NOT NULL, "position" integer NOT NULL, "partyId" integer, CONSTRAINT "FK_a5db231b627779dbe75e78e5112" FOREIGN KEY ("questionSetId") REFERENCES "question_set" ("id") ON DELETE CASCADE, CONSTRAINT "FK_5c0cb5a3ca8712a6a38810251e1" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE CASCADE, CONSTRAINT "FK_d730b34c40e08c5887586ce0e44" FOREIGN KEY ("partyId") REFERENCES "party" ("id") ON DELETE SET NULL, PRIMARY KEY ("questionSetId", "personId"))`,
    indexes: [
      `CREATE INDEX "IDX_5c0cb5a3ca8712a6a38810251e" ON "question_set_submitter" ("personId")`,
      `CREATE INDEX "IDX_d730b34c40e08c5887586ce0e4" ON "question_set_submitter" ("partyId")`,
    ],
  },
  {
    name: 'question_set_answerer',
    definition: `("questionSetId" integer NOT NULL, "personId" integer NOT NULL, "position" integer NOT NULL, "role" varchar(300), "ministryId" integer, "partyId" integer, CONSTRAINT "FK_4529c5ee23107520aed41ef0a2c" FOREIGN KEY ("questionSetId") REFERENCES "question_set" ("id") ON DELETE CASCADE, CONSTRAINT "FK_5a94e250f33f47704f0eb8d0042" FOREIGN KEY ("personId") REFERENCES "person" ("id") ON DELETE CASCADE, CONSTRAINT "FK_48d3689a2b78c5269876429ea61" FOREIGN KEY ("ministryId") REFERENCES "ministry" ("id") ON DELETE SET NULL, PRIMARY KEY ("questionSetId", "personId"))`,
    indexes: [`CREATE INDEX "IDX_5a94e250f33f47704f0eb8d004" ON "question_set_answerer" ("personId")`],
  },
  {
    name: 'question_set_addressee',
    definition: `("questionSetId" integer NOT NULL, "role" varchar(300) NOT NULL, "ministryId" integer, "position" integer NOT NULL DEFAULT (0), CONSTRAINT "FK_0a70c4d7ce61ae509e234f96005" FOREIGN KEY ("ministryId") REFERENCES "ministry" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_7dcc5a63f6027541bb8234ee10e" FOREIGN KEY ("questionSetId") REFERENCES "question_set" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("questionSetId", "role"))`,
    indexes: [],
  },
  {
    name: 'question_set_topic',
    definition: `("questionSetId" integer NOT NULL, "topic" varchar(120) NOT NULL, CONSTRAINT "FK_c93963a43a28869246423cd9a82" FOREIGN KEY ("questionSetId") REFERENCES "question_set" ("id") ON DELETE CASCADE, PRIMARY KEY ("questionSetId", "topic"))`,
    indexes: [`CREATE INDEX "IDX_3771025c22a34ed36c7eee79a0" ON "question_set_topic" ("topic")`],
  },
  {
    name: 'question_set_responsible',
    definition: `("questionSetId" integer NOT NULL, "position" integer NOT NULL, "ministryId" integer, "minister" varchar(200), "personName" varchar(200), "source" varchar(10) NOT NULL, CONSTRAINT "FK_fcc6a9a621ac0c4fd00d90dd638" FOREIGN KEY ("questionSetId") REFERENCES "question_set" ("id") ON DELETE CASCADE, CONSTRAINT "FK_c7b4a8106d7b3ecbdb49b96b502" FOREIGN KEY ("ministryId") REFERENCES "ministry" ("id") ON DELETE SET NULL, PRIMARY KEY ("questionSetId", "position"))`,
    indexes: [
      `CREATE INDEX "IDX_question_set_responsible_ministry" ON "question_set_responsible" ("ministryId", "questionSetId")`,
      `CREATE INDEX "IDX_question_set_responsible_minister" ON "question_set_responsible" ("minister", "questionSetId")`,
    ],
  },
  {
    name: 'answer_term_projection_minister',
    definition: `("questionSetId" integer NOT NULL, "minister" varchar(200) NOT NULL, "submittedOn" varchar(10) NOT NULL, "answeredDay" integer, "withdrawnDay" integer, "daysToAnswer" integer, "answeredInTerm" integer, "termDay" integer NOT NULL, "extendedTermDay" integer, "firstDeferralDay" integer, "firstDeferralInTime" integer, PRIMARY KEY ("questionSetId", "minister"))`,
    indexes: [
      `CREATE INDEX "IDX_answer_term_projection_minister" ON "answer_term_projection_minister" ("minister", "daysToAnswer", "submittedOn", "answeredDay", "withdrawnDay", "answeredInTerm", "termDay", "extendedTermDay", "firstDeferralDay", "firstDeferralInTime")`,
    ],
  },
  {
    name: 'answer_term_projection_ministry',
    definition: `("questionSetId" integer NOT NULL, "ministryId" integer NOT NULL, "submittedOn" varchar(10) NOT NULL, "answeredDay" integer, "withdrawnDay" integer, "daysToAnswer" integer, "answeredInTerm" integer, "termDay" integer NOT NULL, "extendedTermDay" integer, "firstDeferralDay" integer, "firstDeferralInTime" integer, PRIMARY KEY ("questionSetId", "ministryId"))`,
    indexes: [
      `CREATE INDEX "IDX_answer_term_projection_ministry" ON "answer_term_projection_ministry" ("ministryId", "daysToAnswer", "submittedOn", "answeredDay", "withdrawnDay", "answeredInTerm", "termDay", "extendedTermDay", "firstDeferralDay", "firstDeferralInTime")`,
    ],
  },
  {
    name: 'answer_term_projection_party',
    definition: `("questionSetId" integer NOT NULL, "party" varchar(80) NOT NULL, "submittedOn" varchar(10) NOT NULL, "answeredDay" integer, "withdrawnDay" integer, "daysToAnswer" integer, "answeredInTerm" integer, "termDay" integer NOT NULL, "extendedTermDay" integer, "firstDeferralDay" integer, "firstDeferralInTime" integer, PRIMARY KEY ("questionSetId", "party"))`,
    indexes: [
      `CREATE INDEX "IDX_answer_term_projection_party" ON "answer_term_projection_party" ("party", "daysToAnswer", "submittedOn", "answeredDay", "withdrawnDay", "answeredInTerm", "termDay", "extendedTermDay", "firstDeferralDay", "firstDeferralInTime")`,
    ],
  },
];

async function rebuild(q: QueryRunner, table: (typeof TABLES)[number], suffix: string): Promise<void> {
  const rebuilt = `${table.name}_rebuilt`;
  await q.query(`CREATE TABLE "${rebuilt}" ${table.definition}${suffix}`);
  await q.query(`INSERT INTO "${rebuilt}" SELECT * FROM "${table.name}"`);
  await q.query(`DROP TABLE "${table.name}"`);
  await q.query(`ALTER TABLE "${rebuilt}" RENAME TO "${table.name}"`);
  for (const index of table.indexes) await q.query(index);
}

export class LinkTablesWithoutRowid1766100000000 implements MigrationInterface {
  name = 'LinkTablesWithoutRowid1766100000000';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') return;
    for (const table of TABLES) await rebuild(q, table, ' WITHOUT ROWID');
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') return;
    for (const table of TABLES) await rebuild(q, table, '');
  }
}
