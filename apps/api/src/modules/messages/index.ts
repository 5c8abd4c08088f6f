export { getAdminThread, listOrderThreads } from './inbox.service';
export { threadGuestToken, threadUrl } from './messages.mail';
export { messageRoutes } from './messages.routes';
export type {
  AdminThread,
  AdminThreadSummary,
  StoreThread,
  StoreThreadSummary,
} from './messages.schemas';
export type { StoreAuthor, ThreadContext } from './thread-reads';
