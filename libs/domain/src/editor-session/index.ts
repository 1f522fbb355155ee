export { EDITOR_SESSION_HOURS, EditorSessionService, csrfMatches, type EditorSession, type OpenedSession } from './editor-session.service.js';
