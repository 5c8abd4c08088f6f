export type { IssuedSession, SessionClient, SubjectKind } from './sessions.service';
export {
  endAllSessions,
  endSession,
  findLiveFamily,
  refreshTokenTtlMs,
  rotateSession,
  startSession,
} from './sessions.service';
