export type { IssuedSession, SessionClient, SubjectKind } from './sessions.service';
export {
  endAllSessions,
  endSession,
  refreshTokenTtlMs,
  rotateSession,
  startSession,
} from './sessions.service';
