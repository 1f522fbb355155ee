export { DocumentInboxEntity, type InboxStatus } from './document-inbox.entity.js';
export { DocumentInboxService, type InboxState, type InboxProcessResult } from './document-inbox.service.js';
export { DocumentIntake, type AcceptedDocument } from './document-intake.js';
