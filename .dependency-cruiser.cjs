// The boundary check (`npm run lint:boundaries`): the layers of docs/ARCHITECTURE.md, kept true.
// Specs may use test tooling; the rules below are about what the product's code may import.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle means a function is in the wrong place: move it, do not work around it.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'parsing-is-pure',
      severity: 'error',
      comment: 'libs/parsing turns text into data: no project code outside it, no framework, no database, no I/O.',
      from: { path: '^libs/parsing/', pathNot: '\\.spec\\.ts$' },
      to: {
        pathNot: ['^libs/parsing/'],
      },
    },
    {
      name: 'rules-are-pure',
      severity: 'error',
      comment: 'Rules are functions of (facts, date, policy): no TypeORM, no Nest, no queue, no mail, no I/O.',
      from: { path: ['^libs/domain/src/(rules|alert/rules|commitment/rules)/', '^libs/domain/src/.+\\.rule\\.ts$'], pathNot: '\\.spec\\.ts$' },
      to: {
        path: [
          '^node_modules/(typeorm|@nestjs|bullmq|ioredis|nodemailer|pg|better-sqlite3)/',
          '^(fs|node:fs|net|node:net|http|node:http|https|node:https|child_process|node:child_process)$',
          '^libs/domain/src/(database|mail|queue|sync|import|inbox)/',
        ],
        // A rule may throw the domain's own error types, wherever they are declared.
        pathNot: '\\.error\\.ts$',
      },
    },
    {
      name: 'merges-are-pure',
      severity: 'error',
      comment:
        'The merges of both write paths (a parsed document, a record of the open data) decide a change set from loaded facts: ' +
        'no TypeORM, no Nest, no database or repository, no I/O. They may use the pure files of sync/ (facts, types, change sets).',
      from: {
        path: [
          '^libs/domain/src/import/(merge-parsed-document|question-set-changes)\\.ts$',
          '^libs/domain/src/sync/(merge-official-[a-z-]+|official-change-set)\\.ts$',
        ],
        pathNot: '\\.spec\\.ts$',
      },
      to: {
        path: [
          '^node_modules/(typeorm|@nestjs|bullmq|ioredis|nodemailer|pg|better-sqlite3)/',
          '^(fs|node:fs|net|node:net|http|node:http|https|node:https|child_process|node:child_process)$',
          '^libs/domain/src/(database|mail|queue|inbox)/',
          '^libs/domain/src/sync/(odata-client|odata-mapper|open-data-sync|document-text|sync-cursor|sync-status)',
          '\\.(repository|service|writer|processor|maintenance|factory|sync)\\.ts$',
        ],
      },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'api-and-worker-are-separate',
      severity: 'error',
      comment: 'apps/api and apps/worker share use cases through libs/domain, never each other.',
      from: { path: '^apps/(api|worker)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'cli-starts-apps-only-through-their-bootstrap',
      severity: 'error',
      comment: '`termijnwacht start` runs the API and the worker in one process; it may import their bootstrap files only.',
      from: { path: '^apps/cli/' },
      to: { path: '^apps/(api|worker)/', pathNot: '^apps/(api|worker)/src/bootstrap\\.ts$' },
    },
    {
      name: 'migrations-are-frozen',
      severity: 'error',
      comment: 'A migration must not change when live code changes: it imports only TypeORM and other migration files.',
      from: { path: '^libs/domain/src/database/migrations/' },
      to: { pathNot: ['^libs/domain/src/database/migrations/', '^node_modules/typeorm/'] },
    },
    {
      name: 'no-test-code-in-product',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: '\\.(spec|e2e-spec)\\.ts$' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
